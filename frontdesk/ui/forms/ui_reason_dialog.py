# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)

from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget)

class Ui_ReasonDialog(object):
    def setupUi(self, ReasonDialog):
        if not ReasonDialog.objectName():
            ReasonDialog.setObjectName(u"ReasonDialog")
        ReasonDialog.resize(460, 220)
        ReasonDialog.setMinimumSize(QSize(420, 0))
        self.layout = QVBoxLayout(ReasonDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(ReasonDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.amountLabel = QLabel(ReasonDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amount = QLineEdit(ReasonDialog)
        self.amount.setObjectName(u"amount")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.amount)

        self.methodLabel = QLabel(ReasonDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.method = QComboBox(ReasonDialog)
        self.method.setObjectName(u"method")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.method)

        self.referenceLabel = QLabel(ReasonDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.reference = QLineEdit(ReasonDialog)
        self.reference.setObjectName(u"reference")
        self.reference.setMaxLength(64)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reference)

        self.reasonLabel = QLabel(ReasonDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QLineEdit(ReasonDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setMaxLength(200)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reason)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(ReasonDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.amountLabel.setBuddy(self.amount)
        self.methodLabel.setBuddy(self.method)
        self.referenceLabel.setBuddy(self.reference)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.amount, self.method)
        QWidget.setTabOrder(self.method, self.reference)
        QWidget.setTabOrder(self.reference, self.reason)

        self.retranslateUi(ReasonDialog)
    # setupUi

    def retranslateUi(self, ReasonDialog):
        self.amountLabel.setText(QCoreApplication.translate("ReasonDialog", u"&Amount (yuan)", None))
        self.methodLabel.setText(QCoreApplication.translate("ReasonDialog", u"Paid back &by", None))
        self.referenceLabel.setText(QCoreApplication.translate("ReasonDialog", u"Tra&nsaction no.", None))
        self.reasonLabel.setText(QCoreApplication.translate("ReasonDialog", u"&Reason *", None))
        pass
    # retranslateUi

