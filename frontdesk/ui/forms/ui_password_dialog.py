# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout)

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog):
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.resize(440, 220)
        self.layout = QVBoxLayout(PasswordDialog)
        self.layout.setObjectName(u"layout")
        self.hint = QLabel(PasswordDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.oldLabel = QLabel(PasswordDialog)
        self.oldLabel.setObjectName(u"oldLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.oldLabel)

        self.oldPassword = QLineEdit(PasswordDialog)
        self.oldPassword.setObjectName(u"oldPassword")
        self.oldPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.oldPassword)

        self.newLabel = QLabel(PasswordDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newPassword = QLineEdit(PasswordDialog)
        self.newPassword.setObjectName(u"newPassword")
        self.newPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newPassword)

        self.repeatLabel = QLabel(PasswordDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatPassword = QLineEdit(PasswordDialog)
        self.repeatPassword.setObjectName(u"repeatPassword")
        self.repeatPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeatPassword)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(PasswordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.oldLabel.setBuddy(self.oldPassword)
        self.newLabel.setBuddy(self.newPassword)
        self.repeatLabel.setBuddy(self.repeatPassword)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog):
        PasswordDialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"Change my password", None))
        self.oldLabel.setText(QCoreApplication.translate("PasswordDialog", u"&Current password", None))
        self.newLabel.setText(QCoreApplication.translate("PasswordDialog", u"&New password", None))
        self.repeatLabel.setText(QCoreApplication.translate("PasswordDialog", u"&Repeat new password", None))
    # retranslateUi

