# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)

from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QTableWidget, QVBoxLayout, QWidget)

class Ui_KeyHandoverDialog(object):
    def setupUi(self, KeyHandoverDialog):
        if not KeyHandoverDialog.objectName():
            KeyHandoverDialog.setObjectName(u"KeyHandoverDialog")
        KeyHandoverDialog.resize(720, 640)
        self.layout = QVBoxLayout(KeyHandoverDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(KeyHandoverDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.scanLabel = QLabel(KeyHandoverDialog)
        self.scanLabel.setObjectName(u"scanLabel")

        self.layout.addWidget(self.scanLabel)

        self.scan = QLineEdit(KeyHandoverDialog)
        self.scan.setObjectName(u"scan")

        self.layout.addWidget(self.scan)

        self.lines = QTableWidget(KeyHandoverDialog)
        self.lines.setObjectName(u"lines")
        self.lines.setMinimumSize(QSize(0, 220))

        self.layout.addWidget(self.lines)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.incomingLabel = QLabel(KeyHandoverDialog)
        self.incomingLabel.setObjectName(u"incomingLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.incomingLabel)

        self.incoming = QLineEdit(KeyHandoverDialog)
        self.incoming.setObjectName(u"incoming")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.incoming)

        self.incomingPasswordLabel = QLabel(KeyHandoverDialog)
        self.incomingPasswordLabel.setObjectName(u"incomingPasswordLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.incomingPasswordLabel)

        self.incomingPassword = QLineEdit(KeyHandoverDialog)
        self.incomingPassword.setObjectName(u"incomingPassword")
        self.incomingPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.incomingPassword)

        self.signatureLabel = QLabel(KeyHandoverDialog)
        self.signatureLabel.setObjectName(u"signatureLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signatureLabel)

        self.signature = QWidget(KeyHandoverDialog)
        self.signature.setObjectName(u"signature")
        self.signature.setMinimumSize(QSize(360, 110))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signature)

        self.incomingSignatureLabel = QLabel(KeyHandoverDialog)
        self.incomingSignatureLabel.setObjectName(u"incomingSignatureLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.incomingSignatureLabel)

        self.incomingSignature = QWidget(KeyHandoverDialog)
        self.incomingSignature.setObjectName(u"incomingSignature")
        self.incomingSignature.setMinimumSize(QSize(360, 110))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.incomingSignature)

        self.unsignedLabel = QLabel(KeyHandoverDialog)
        self.unsignedLabel.setObjectName(u"unsignedLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unsignedLabel)

        self.unsigned = QLineEdit(KeyHandoverDialog)
        self.unsigned.setObjectName(u"unsigned")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unsigned)


        self.layout.addLayout(self.form)

        self.hint = QLabel(KeyHandoverDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color:#666")

        self.layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(KeyHandoverDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.scanLabel.setBuddy(self.scan)
        self.incomingLabel.setBuddy(self.incoming)
        self.incomingPasswordLabel.setBuddy(self.incomingPassword)
        self.unsignedLabel.setBuddy(self.unsigned)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(KeyHandoverDialog)
    # setupUi

    def retranslateUi(self, KeyHandoverDialog):
        KeyHandoverDialog.setWindowTitle(QCoreApplication.translate("KeyHandoverDialog", u"Key count at handover", None))
        self.scanLabel.setText(QCoreApplication.translate("KeyHandoverDialog", u"&Scan or type a tag found (Enter); Space ticks the row chosen", None))
        self.incomingLabel.setText(QCoreApplication.translate("KeyHandoverDialog", u"&Incoming receptionist *", None))
        self.incomingPasswordLabel.setText(QCoreApplication.translate("KeyHandoverDialog", u"Her pass&word *", None))
        self.signatureLabel.setText(QCoreApplication.translate("KeyHandoverDialog", u"Outgoing's signature", None))
        self.incomingSignatureLabel.setText(QCoreApplication.translate("KeyHandoverDialog", u"Incoming's signature", None))
        self.unsignedLabel.setText(QCoreApplication.translate("KeyHandoverDialog", u"Not signed, because (&Y)", None))
    # retranslateUi

