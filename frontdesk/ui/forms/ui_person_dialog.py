# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(520, 300)
        self.layout = QVBoxLayout(PersonDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.relationLabel = QLabel(PersonDialog)
        self.relationLabel.setObjectName(u"relationLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.relationLabel)

        self.relation = QComboBox(PersonDialog)
        self.relation.setObjectName(u"relation")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.relation)

        self.nameLabel = QLabel(PersonDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(PersonDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.isCompanyLabel = QLabel(PersonDialog)
        self.isCompanyLabel.setObjectName(u"isCompanyLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.isCompanyLabel)

        self.isCompany = QCheckBox(PersonDialog)
        self.isCompany.setObjectName(u"isCompany")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.isCompany)

        self.idTypeLabel = QLabel(PersonDialog)
        self.idTypeLabel.setObjectName(u"idTypeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.idTypeLabel)

        self.idType = QComboBox(PersonDialog)
        self.idType.setObjectName(u"idType")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.idType)

        self.idNumberLabel = QLabel(PersonDialog)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idNumber = QLineEdit(PersonDialog)
        self.idNumber.setObjectName(u"idNumber")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.idNumber)

        self.phoneLabel = QLabel(PersonDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(PersonDialog)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phone)

        self.phone2Label = QLabel(PersonDialog)
        self.phone2Label.setObjectName(u"phone2Label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phone2Label)

        self.phone2 = QLineEdit(PersonDialog)
        self.phone2.setObjectName(u"phone2")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phone2)

        self.sinceLabel = QLabel(PersonDialog)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.sinceLabel)

        self.since = QDateEdit(PersonDialog)
        self.since.setObjectName(u"since")
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.since)

        self.emergencyContactLabel = QLabel(PersonDialog)
        self.emergencyContactLabel.setObjectName(u"emergencyContactLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.emergencyContactLabel)

        self.emergencyContact = QLineEdit(PersonDialog)
        self.emergencyContact.setObjectName(u"emergencyContact")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.emergencyContact)

        self.emergencyPhoneLabel = QLabel(PersonDialog)
        self.emergencyPhoneLabel.setObjectName(u"emergencyPhoneLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.emergencyPhoneLabel)

        self.emergencyPhone = QLineEdit(PersonDialog)
        self.emergencyPhone.setObjectName(u"emergencyPhone")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.emergencyPhone)

        self.documentLabel = QLabel(PersonDialog)
        self.documentLabel.setObjectName(u"documentLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.documentLabel)

        self.document = QLineEdit(PersonDialog)
        self.document.setObjectName(u"document")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.document)

        self.plateLabel = QLabel(PersonDialog)
        self.plateLabel.setObjectName(u"plateLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.plateLabel)

        self.plate = QLineEdit(PersonDialog)
        self.plate.setObjectName(u"plate")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.plate)

        self.parkingSpaceLabel = QLabel(PersonDialog)
        self.parkingSpaceLabel.setObjectName(u"parkingSpaceLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.parkingSpaceLabel)

        self.parkingSpace = QLineEdit(PersonDialog)
        self.parkingSpace.setObjectName(u"parkingSpace")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.parkingSpace)

        self.noteLabel = QLabel(PersonDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(PersonDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(PersonDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.relationLabel.setBuddy(self.relation)
        self.nameLabel.setBuddy(self.name)
        self.idTypeLabel.setBuddy(self.idType)
        self.idNumberLabel.setBuddy(self.idNumber)
        self.phoneLabel.setBuddy(self.phone)
        self.phone2Label.setBuddy(self.phone2)
        self.sinceLabel.setBuddy(self.since)
        self.emergencyContactLabel.setBuddy(self.emergencyContact)
        self.emergencyPhoneLabel.setBuddy(self.emergencyPhone)
        self.documentLabel.setBuddy(self.document)
        self.plateLabel.setBuddy(self.plate)
        self.parkingSpaceLabel.setBuddy(self.parkingSpace)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Register a resident", None))
        self.relationLabel.setText(QCoreApplication.translate("PersonDialog", u"&Relation", None))
        self.nameLabel.setText(QCoreApplication.translate("PersonDialog", u"&Name *", None))
        self.isCompany.setText(QCoreApplication.translate("PersonDialog", u"A &company (name and credit code)", None))
        self.idTypeLabel.setText(QCoreApplication.translate("PersonDialog", u"ID &type", None))
        self.idNumberLabel.setText(QCoreApplication.translate("PersonDialog", u"ID n&umber", None))
        self.phoneLabel.setText(QCoreApplication.translate("PersonDialog", u"&Mobile", None))
        self.phone2Label.setText(QCoreApplication.translate("PersonDialog", u"Other &phone", None))
        self.sinceLabel.setText(QCoreApplication.translate("PersonDialog", u"Move-in &date", None))
        self.emergencyContactLabel.setText(QCoreApplication.translate("PersonDialog", u"Emergency &contact", None))
        self.emergencyPhoneLabel.setText(QCoreApplication.translate("PersonDialog", u"Emergency p&hone", None))
        self.documentLabel.setText(QCoreApplication.translate("PersonDialog", u"Power of &attorney", None))
        self.plateLabel.setText(QCoreApplication.translate("PersonDialog", u"Vehicle p&late", None))
        self.parkingSpaceLabel.setText(QCoreApplication.translate("PersonDialog", u"Parkin&g space", None))
        self.noteLabel.setText(QCoreApplication.translate("PersonDialog", u"N&ote", None))
    # retranslateUi

