# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout)

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        SetupDialog.resize(560, 520)
        self.layout = QVBoxLayout(SetupDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(SetupDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.propertyBox = QGroupBox(SetupDialog)
        self.propertyBox.setObjectName(u"propertyBox")
        self.propertyForm = QFormLayout(self.propertyBox)
        self.propertyForm.setObjectName(u"propertyForm")
        self.propertyNameLabel = QLabel(self.propertyBox)
        self.propertyNameLabel.setObjectName(u"propertyNameLabel")

        self.propertyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.propertyNameLabel)

        self.propertyName = QLineEdit(self.propertyBox)
        self.propertyName.setObjectName(u"propertyName")

        self.propertyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.propertyName)

        self.companyNameLabel = QLabel(self.propertyBox)
        self.companyNameLabel.setObjectName(u"companyNameLabel")

        self.propertyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.companyNameLabel)

        self.companyName = QLineEdit(self.propertyBox)
        self.companyName.setObjectName(u"companyName")

        self.propertyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.companyName)

        self.addressLabel = QLabel(self.propertyBox)
        self.addressLabel.setObjectName(u"addressLabel")

        self.propertyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QLineEdit(self.propertyBox)
        self.address.setObjectName(u"address")

        self.propertyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.address)

        self.hotlineLabel = QLabel(self.propertyBox)
        self.hotlineLabel.setObjectName(u"hotlineLabel")

        self.propertyForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hotlineLabel)

        self.hotline = QLineEdit(self.propertyBox)
        self.hotline.setObjectName(u"hotline")

        self.propertyForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hotline)


        self.layout.addWidget(self.propertyBox)

        self.supervisorBox = QGroupBox(SetupDialog)
        self.supervisorBox.setObjectName(u"supervisorBox")
        self.supervisorForm = QFormLayout(self.supervisorBox)
        self.supervisorForm.setObjectName(u"supervisorForm")
        self.usernameLabel = QLabel(self.supervisorBox)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.supervisorForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(self.supervisorBox)
        self.username.setObjectName(u"username")

        self.supervisorForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.displayNameLabel = QLabel(self.supervisorBox)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.supervisorForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayName = QLineEdit(self.supervisorBox)
        self.displayName.setObjectName(u"displayName")

        self.supervisorForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayName)

        self.passwordLabel = QLabel(self.supervisorBox)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.supervisorForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(self.supervisorBox)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.supervisorForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password)

        self.repeatLabel = QLabel(self.supervisorBox)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.supervisorForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatPassword = QLineEdit(self.supervisorBox)
        self.repeatPassword.setObjectName(u"repeatPassword")
        self.repeatPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.supervisorForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeatPassword)


        self.layout.addWidget(self.supervisorBox)

        self.buttons = QDialogButtonBox(SetupDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.propertyNameLabel.setBuddy(self.propertyName)
        self.companyNameLabel.setBuddy(self.companyName)
        self.addressLabel.setBuddy(self.address)
        self.hotlineLabel.setBuddy(self.hotline)
        self.usernameLabel.setBuddy(self.username)
        self.displayNameLabel.setBuddy(self.displayName)
        self.passwordLabel.setBuddy(self.password)
        self.repeatLabel.setBuddy(self.repeatPassword)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"First start \u2014 set up Frontdesk", None))
        self.intro.setText(QCoreApplication.translate("SetupDialog", u"Welcome. Enter your property's details (they appear on every printed document) and create the first supervisor account. You can change the details later under Settings.", None))
        self.propertyBox.setTitle(QCoreApplication.translate("SetupDialog", u"Property", None))
        self.propertyNameLabel.setText(QCoreApplication.translate("SetupDialog", u"Property &name *", None))
        self.companyNameLabel.setText(QCoreApplication.translate("SetupDialog", u"Management &company", None))
        self.addressLabel.setText(QCoreApplication.translate("SetupDialog", u"&Address", None))
        self.hotlineLabel.setText(QCoreApplication.translate("SetupDialog", u"Service &hotline", None))
        self.supervisorBox.setTitle(QCoreApplication.translate("SetupDialog", u"First supervisor", None))
        self.usernameLabel.setText(QCoreApplication.translate("SetupDialog", u"&User name *", None))
        self.displayNameLabel.setText(QCoreApplication.translate("SetupDialog", u"&Full name *", None))
        self.passwordLabel.setText(QCoreApplication.translate("SetupDialog", u"&Password *", None))
        self.repeatLabel.setText(QCoreApplication.translate("SetupDialog", u"&Repeat password *", None))
    # retranslateUi

