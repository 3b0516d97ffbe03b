# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout)

class Ui_AcceptanceDialog(object):
    def setupUi(self, AcceptanceDialog):
        if not AcceptanceDialog.objectName():
            AcceptanceDialog.setObjectName(u"AcceptanceDialog")
        AcceptanceDialog.resize(520, 300)
        self.layout = QVBoxLayout(AcceptanceDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(AcceptanceDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.passed = QCheckBox(AcceptanceDialog)
        self.passed.setObjectName(u"passed")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passed)

        self.rectifyLabel = QLabel(AcceptanceDialog)
        self.rectifyLabel.setObjectName(u"rectifyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rectifyLabel)

        self.rectify = QLineEdit(AcceptanceDialog)
        self.rectify.setObjectName(u"rectify")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rectify)

        self.recheckOnLabel = QLabel(AcceptanceDialog)
        self.recheckOnLabel.setObjectName(u"recheckOnLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recheckOnLabel)

        self.recheckOn = QDateEdit(AcceptanceDialog)
        self.recheckOn.setObjectName(u"recheckOn")
        self.recheckOn.setCalendarPopup(True)
        self.recheckOn.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recheckOn)

        self.methodLabel = QLabel(AcceptanceDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.method = QComboBox(AcceptanceDialog)
        self.method.setObjectName(u"method")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.method)

        self.referenceLabel = QLabel(AcceptanceDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.reference = QLineEdit(AcceptanceDialog)
        self.reference.setObjectName(u"reference")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reference)


        self.layout.addLayout(self.form)

        self.hint = QLabel(AcceptanceDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color:#666")

        self.layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(AcceptanceDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.rectifyLabel.setBuddy(self.rectify)
        self.recheckOnLabel.setBuddy(self.recheckOn)
        self.methodLabel.setBuddy(self.method)
        self.referenceLabel.setBuddy(self.reference)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AcceptanceDialog)
    # setupUi

    def retranslateUi(self, AcceptanceDialog):
        AcceptanceDialog.setWindowTitle(QCoreApplication.translate("AcceptanceDialog", u"Acceptance", None))
        self.passed.setText(QCoreApplication.translate("AcceptanceDialog", u"Passed: the owner's deposit is refunded now (&P)", None))
        self.rectifyLabel.setText(QCoreApplication.translate("AcceptanceDialog", u"What must be put &right", None))
        self.recheckOnLabel.setText(QCoreApplication.translate("AcceptanceDialog", u"New inspection &on", None))
        self.methodLabel.setText(QCoreApplication.translate("AcceptanceDialog", u"Refund &by", None))
        self.referenceLabel.setText(QCoreApplication.translate("AcceptanceDialog", u"Transf&er / transaction no.", None))
    # retranslateUi

