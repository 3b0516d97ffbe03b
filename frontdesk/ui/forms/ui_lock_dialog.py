# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_LockDialog(object):
    def setupUi(self, LockDialog):
        if not LockDialog.objectName():
            LockDialog.setObjectName(u"LockDialog")
        LockDialog.resize(420, 200)
        self.layout = QVBoxLayout(LockDialog)
        self.layout.setObjectName(u"layout")
        self.message = QLabel(LockDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.passwordLabel = QLabel(LockDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(LockDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.password)


        self.layout.addLayout(self.form)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.switchButton = QPushButton(LockDialog)
        self.switchButton.setObjectName(u"switchButton")
        self.switchButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.switchButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer)

        self.unlockButton = QPushButton(LockDialog)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonRow.addWidget(self.unlockButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LockDialog)

        self.unlockButton.setDefault(True)

    # setupUi

    def retranslateUi(self, LockDialog):
        LockDialog.setWindowTitle(QCoreApplication.translate("LockDialog", u"Locked \u2014 Frontdesk", None))
        self.passwordLabel.setText(QCoreApplication.translate("LockDialog", u"&Password", None))
        self.switchButton.setText(QCoreApplication.translate("LockDialog", u"&Switch operator", None))
        self.unlockButton.setText(QCoreApplication.translate("LockDialog", u"&Unlock", None))
    # retranslateUi

