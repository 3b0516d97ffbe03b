# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)

from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget)

class Ui_KeyLendDialog(object):
    def setupUi(self, KeyLendDialog):
        if not KeyLendDialog.objectName():
            KeyLendDialog.setObjectName(u"KeyLendDialog")
        KeyLendDialog.resize(560, 400)
        self.layout = QVBoxLayout(KeyLendDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(KeyLendDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.personKindLabel = QLabel(KeyLendDialog)
        self.personKindLabel.setObjectName(u"personKindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personKindLabel)

        self.personKind = QComboBox(KeyLendDialog)
        self.personKind.setObjectName(u"personKind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personKind)

        self.personLabel = QLabel(KeyLendDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.person = QLineEdit(KeyLendDialog)
        self.person.setObjectName(u"person")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.person)

        self.phoneLabel = QLabel(KeyLendDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(KeyLendDialog)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phone)

        self.idNumberLabel = QLabel(KeyLendDialog)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idNumber = QLineEdit(KeyLendDialog)
        self.idNumber.setObjectName(u"idNumber")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.idNumber)

        self.purposeLabel = QLabel(KeyLendDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purpose = QComboBox(KeyLendDialog)
        self.purpose.setObjectName(u"purpose")
        self.purpose.setEditable(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.purpose)

        self.workOrderLabel = QLabel(KeyLendDialog)
        self.workOrderLabel.setObjectName(u"workOrderLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.workOrderLabel)

        self.workOrder = QLineEdit(KeyLendDialog)
        self.workOrder.setObjectName(u"workOrder")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.workOrder)

        self.expectedBackLabel = QLabel(KeyLendDialog)
        self.expectedBackLabel.setObjectName(u"expectedBackLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.expectedBackLabel)

        self.expectedBack = QDateTimeEdit(KeyLendDialog)
        self.expectedBack.setObjectName(u"expectedBack")
        self.expectedBack.setCalendarPopup(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.expectedBack)

        self.approverLabel = QLabel(KeyLendDialog)
        self.approverLabel.setObjectName(u"approverLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.approverLabel)

        self.approver = QLineEdit(KeyLendDialog)
        self.approver.setObjectName(u"approver")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.approver)

        self.approverPasswordLabel = QLabel(KeyLendDialog)
        self.approverPasswordLabel.setObjectName(u"approverPasswordLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.approverPasswordLabel)

        self.approverPassword = QLineEdit(KeyLendDialog)
        self.approverPassword.setObjectName(u"approverPassword")
        self.approverPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.approverPassword)

        self.signatureLabel = QLabel(KeyLendDialog)
        self.signatureLabel.setObjectName(u"signatureLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.signatureLabel)

        self.signature = QWidget(KeyLendDialog)
        self.signature.setObjectName(u"signature")
        self.signature.setMinimumSize(QSize(360, 110))

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.signature)

        self.unsignedLabel = QLabel(KeyLendDialog)
        self.unsignedLabel.setObjectName(u"unsignedLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.unsignedLabel)

        self.unsigned = QLineEdit(KeyLendDialog)
        self.unsigned.setObjectName(u"unsigned")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.unsigned)


        self.layout.addLayout(self.form)

        self.hint = QLabel(KeyLendDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color:#666")

        self.layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(KeyLendDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.personKindLabel.setBuddy(self.personKind)
        self.personLabel.setBuddy(self.person)
        self.phoneLabel.setBuddy(self.phone)
        self.idNumberLabel.setBuddy(self.idNumber)
        self.purposeLabel.setBuddy(self.purpose)
        self.workOrderLabel.setBuddy(self.workOrder)
        self.expectedBackLabel.setBuddy(self.expectedBack)
        self.approverLabel.setBuddy(self.approver)
        self.approverPasswordLabel.setBuddy(self.approverPassword)
        self.unsignedLabel.setBuddy(self.unsigned)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(KeyLendDialog)
    # setupUi

    def retranslateUi(self, KeyLendDialog):
        KeyLendDialog.setWindowTitle(QCoreApplication.translate("KeyLendDialog", u"Lend keys", None))
        self.personKindLabel.setText(QCoreApplication.translate("KeyLendDialog", u"Borrower &is *", None))
        self.personLabel.setText(QCoreApplication.translate("KeyLendDialog", u"&Name *", None))
        self.phoneLabel.setText(QCoreApplication.translate("KeyLendDialog", u"&Phone", None))
        self.idNumberLabel.setText(QCoreApplication.translate("KeyLendDialog", u"&ID number", None))
        self.purposeLabel.setText(QCoreApplication.translate("KeyLendDialog", u"P&urpose *", None))
        self.workOrderLabel.setText(QCoreApplication.translate("KeyLendDialog", u"&Work order", None))
        self.expectedBackLabel.setText(QCoreApplication.translate("KeyLendDialog", u"&Expected back *", None))
        self.expectedBack.setDisplayFormat(QCoreApplication.translate("KeyLendDialog", u"yyyy-MM-dd HH:mm", None))
        self.approverLabel.setText(QCoreApplication.translate("KeyLendDialog", u"&Approving supervisor", None))
        self.approverPasswordLabel.setText(QCoreApplication.translate("KeyLendDialog", u"Supervisor's pass&word", None))
        self.signatureLabel.setText(QCoreApplication.translate("KeyLendDialog", u"Borrower's signature", None))
        self.unsignedLabel.setText(QCoreApplication.translate("KeyLendDialog", u"Not signed, because (&Y)", None))
    # retranslateUi

