# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout)

class Ui_OperatorEditDialog(object):
    def setupUi(self, OperatorEditDialog):
        if not OperatorEditDialog.objectName():
            OperatorEditDialog.setObjectName(u"OperatorEditDialog")
        OperatorEditDialog.resize(440, 260)
        self.layout = QVBoxLayout(OperatorEditDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.usernameLabel = QLabel(OperatorEditDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(OperatorEditDialog)
        self.username.setObjectName(u"username")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.displayNameLabel = QLabel(OperatorEditDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayName = QLineEdit(OperatorEditDialog)
        self.displayName.setObjectName(u"displayName")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayName)

        self.roleLabel = QLabel(OperatorEditDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QComboBox(OperatorEditDialog)
        self.role.setObjectName(u"role")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role)

        self.passwordLabel = QLabel(OperatorEditDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(OperatorEditDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password)

        self.repeatLabel = QLabel(OperatorEditDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatPassword = QLineEdit(OperatorEditDialog)
        self.repeatPassword.setObjectName(u"repeatPassword")
        self.repeatPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeatPassword)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(OperatorEditDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.displayNameLabel.setBuddy(self.displayName)
        self.roleLabel.setBuddy(self.role)
        self.passwordLabel.setBuddy(self.password)
        self.repeatLabel.setBuddy(self.repeatPassword)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OperatorEditDialog)
    # setupUi

    def retranslateUi(self, OperatorEditDialog):
        OperatorEditDialog.setWindowTitle(QCoreApplication.translate("OperatorEditDialog", u"Operator", None))
        self.usernameLabel.setText(QCoreApplication.translate("OperatorEditDialog", u"&User name *", None))
        self.displayNameLabel.setText(QCoreApplication.translate("OperatorEditDialog", u"&Full name *", None))
        self.roleLabel.setText(QCoreApplication.translate("OperatorEditDialog", u"&Role", None))
        self.passwordLabel.setText(QCoreApplication.translate("OperatorEditDialog", u"&Password *", None))
        self.repeatLabel.setText(QCoreApplication.translate("OperatorEditDialog", u"Repeat pass&word *", None))
    # retranslateUi

