# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout)

class Ui_SmallRegistrationDialog(object):
    def setupUi(self, SmallRegistrationDialog):
        if not SmallRegistrationDialog.objectName():
            SmallRegistrationDialog.setObjectName(u"SmallRegistrationDialog")
        SmallRegistrationDialog.resize(440, 300)
        self.layout = QVBoxLayout(SmallRegistrationDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(SmallRegistrationDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(SmallRegistrationDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.contactLabel = QLabel(SmallRegistrationDialog)
        self.contactLabel.setObjectName(u"contactLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contact = QLineEdit(SmallRegistrationDialog)
        self.contact.setObjectName(u"contact")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contact)

        self.phoneLabel = QLabel(SmallRegistrationDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(SmallRegistrationDialog)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phone)

        self.noteLabel = QLabel(SmallRegistrationDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(SmallRegistrationDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.hint = QLabel(SmallRegistrationDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(SmallRegistrationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.contactLabel.setBuddy(self.contact)
        self.phoneLabel.setBuddy(self.phone)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SmallRegistrationDialog)
    # setupUi

    def retranslateUi(self, SmallRegistrationDialog):
        SmallRegistrationDialog.setWindowTitle(QCoreApplication.translate("SmallRegistrationDialog", u"Small registration", None))
        self.kindLabel.setText(QCoreApplication.translate("SmallRegistrationDialog", u"&Kind", None))
        self.contactLabel.setText(QCoreApplication.translate("SmallRegistrationDialog", u"&Contact", None))
        self.phoneLabel.setText(QCoreApplication.translate("SmallRegistrationDialog", u"&Phone", None))
        self.noteLabel.setText(QCoreApplication.translate("SmallRegistrationDialog", u"N&ote", None))
    # retranslateUi

