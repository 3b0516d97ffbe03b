# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout)

class Ui_WorkerPassDialog(object):
    def setupUi(self, WorkerPassDialog):
        if not WorkerPassDialog.objectName():
            WorkerPassDialog.setObjectName(u"WorkerPassDialog")
        WorkerPassDialog.resize(520, 300)
        self.layout = QVBoxLayout(WorkerPassDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(WorkerPassDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(WorkerPassDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(WorkerPassDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.idNumberLabel = QLabel(WorkerPassDialog)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idNumber = QLineEdit(WorkerPassDialog)
        self.idNumber.setObjectName(u"idNumber")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idNumber)

        self.phoneLabel = QLabel(WorkerPassDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(WorkerPassDialog)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phone)

        self.tradeLabel = QLabel(WorkerPassDialog)
        self.tradeLabel.setObjectName(u"tradeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tradeLabel)

        self.trade = QLineEdit(WorkerPassDialog)
        self.trade.setObjectName(u"trade")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.trade)

        self.validToLabel = QLabel(WorkerPassDialog)
        self.validToLabel.setObjectName(u"validToLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.validToLabel)

        self.validTo = QDateEdit(WorkerPassDialog)
        self.validTo.setObjectName(u"validTo")
        self.validTo.setCalendarPopup(True)
        self.validTo.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.validTo)

        self.photoLabel = QLabel(WorkerPassDialog)
        self.photoLabel.setObjectName(u"photoLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.photoLabel)

        self.photoRow = QHBoxLayout()
        self.photoRow.setObjectName(u"photoRow")
        self.photo = QLineEdit(WorkerPassDialog)
        self.photo.setObjectName(u"photo")

        self.photoRow.addWidget(self.photo)

        self.photoButton = QPushButton(WorkerPassDialog)
        self.photoButton.setObjectName(u"photoButton")

        self.photoRow.addWidget(self.photoButton)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.photoRow)

        self.methodLabel = QLabel(WorkerPassDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.method = QComboBox(WorkerPassDialog)
        self.method.setObjectName(u"method")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.method)

        self.referenceLabel = QLabel(WorkerPassDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.reference = QLineEdit(WorkerPassDialog)
        self.reference.setObjectName(u"reference")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reference)


        self.layout.addLayout(self.form)

        self.hint = QLabel(WorkerPassDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color:#666")

        self.layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(WorkerPassDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.idNumberLabel.setBuddy(self.idNumber)
        self.phoneLabel.setBuddy(self.phone)
        self.tradeLabel.setBuddy(self.trade)
        self.validToLabel.setBuddy(self.validTo)
        self.photoLabel.setBuddy(self.photo)
        self.methodLabel.setBuddy(self.method)
        self.referenceLabel.setBuddy(self.reference)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkerPassDialog)
    # setupUi

    def retranslateUi(self, WorkerPassDialog):
        WorkerPassDialog.setWindowTitle(QCoreApplication.translate("WorkerPassDialog", u"Worker pass", None))
        self.nameLabel.setText(QCoreApplication.translate("WorkerPassDialog", u"&Name *", None))
        self.idNumberLabel.setText(QCoreApplication.translate("WorkerPassDialog", u"&ID number *", None))
        self.phoneLabel.setText(QCoreApplication.translate("WorkerPassDialog", u"&Phone *", None))
        self.tradeLabel.setText(QCoreApplication.translate("WorkerPassDialog", u"&Trade", None))
        self.validToLabel.setText(QCoreApplication.translate("WorkerPassDialog", u"&Valid until *", None))
        self.photoLabel.setText(QCoreApplication.translate("WorkerPassDialog", u"Ph&oto", None))
        self.photoButton.setText(QCoreApplication.translate("WorkerPassDialog", u"Choose\u2026 (&C)", None))
        self.methodLabel.setText(QCoreApplication.translate("WorkerPassDialog", u"Paid &by", None))
        self.referenceLabel.setText(QCoreApplication.translate("WorkerPassDialog", u"Payment &reference", None))
    # retranslateUi

