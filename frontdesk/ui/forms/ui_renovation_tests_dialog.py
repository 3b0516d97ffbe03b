# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout)

class Ui_RenovationTestsDialog(object):
    def setupUi(self, RenovationTestsDialog):
        if not RenovationTestsDialog.objectName():
            RenovationTestsDialog.setObjectName(u"RenovationTestsDialog")
        RenovationTestsDialog.resize(520, 300)
        self.layout = QVBoxLayout(RenovationTestsDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(RenovationTestsDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.waterResultLabel = QLabel(RenovationTestsDialog)
        self.waterResultLabel.setObjectName(u"waterResultLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.waterResultLabel)

        self.waterResult = QComboBox(RenovationTestsDialog)
        self.waterResult.setObjectName(u"waterResult")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.waterResult)

        self.waterOnLabel = QLabel(RenovationTestsDialog)
        self.waterOnLabel.setObjectName(u"waterOnLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.waterOnLabel)

        self.waterOn = QDateEdit(RenovationTestsDialog)
        self.waterOn.setObjectName(u"waterOn")
        self.waterOn.setCalendarPopup(True)
        self.waterOn.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.waterOn)

        self.waterWitnessLabel = QLabel(RenovationTestsDialog)
        self.waterWitnessLabel.setObjectName(u"waterWitnessLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.waterWitnessLabel)

        self.waterWitness = QLineEdit(RenovationTestsDialog)
        self.waterWitness.setObjectName(u"waterWitness")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.waterWitness)

        self.pressureResultLabel = QLabel(RenovationTestsDialog)
        self.pressureResultLabel.setObjectName(u"pressureResultLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pressureResultLabel)

        self.pressureResult = QComboBox(RenovationTestsDialog)
        self.pressureResult.setObjectName(u"pressureResult")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pressureResult)

        self.pressureOnLabel = QLabel(RenovationTestsDialog)
        self.pressureOnLabel.setObjectName(u"pressureOnLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.pressureOnLabel)

        self.pressureOn = QDateEdit(RenovationTestsDialog)
        self.pressureOn.setObjectName(u"pressureOn")
        self.pressureOn.setCalendarPopup(True)
        self.pressureOn.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pressureOn)

        self.pressureWitnessLabel = QLabel(RenovationTestsDialog)
        self.pressureWitnessLabel.setObjectName(u"pressureWitnessLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.pressureWitnessLabel)

        self.pressureWitness = QLineEdit(RenovationTestsDialog)
        self.pressureWitness.setObjectName(u"pressureWitness")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.pressureWitness)

        self.ownerSigned = QCheckBox(RenovationTestsDialog)
        self.ownerSigned.setObjectName(u"ownerSigned")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ownerSigned)

        self.engineerLabel = QLabel(RenovationTestsDialog)
        self.engineerLabel.setObjectName(u"engineerLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.engineerLabel)

        self.engineer = QLineEdit(RenovationTestsDialog)
        self.engineer.setObjectName(u"engineer")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.engineer)


        self.layout.addLayout(self.form)

        self.hint = QLabel(RenovationTestsDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color:#666")

        self.layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(RenovationTestsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.waterResultLabel.setBuddy(self.waterResult)
        self.waterOnLabel.setBuddy(self.waterOn)
        self.waterWitnessLabel.setBuddy(self.waterWitness)
        self.pressureResultLabel.setBuddy(self.pressureResult)
        self.pressureOnLabel.setBuddy(self.pressureOn)
        self.pressureWitnessLabel.setBuddy(self.pressureWitness)
        self.engineerLabel.setBuddy(self.engineer)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RenovationTestsDialog)
    # setupUi

    def retranslateUi(self, RenovationTestsDialog):
        RenovationTestsDialog.setWindowTitle(QCoreApplication.translate("RenovationTestsDialog", u"Tests and sign-off", None))
        self.waterResultLabel.setText(QCoreApplication.translate("RenovationTestsDialog", u"&Water-retention test", None))
        self.waterOnLabel.setText(QCoreApplication.translate("RenovationTestsDialog", u"Water test &day", None))
        self.waterWitnessLabel.setText(QCoreApplication.translate("RenovationTestsDialog", u"Water test wi&tness", None))
        self.pressureResultLabel.setText(QCoreApplication.translate("RenovationTestsDialog", u"&Pressure test", None))
        self.pressureOnLabel.setText(QCoreApplication.translate("RenovationTestsDialog", u"Pressure test d&ay", None))
        self.pressureWitnessLabel.setText(QCoreApplication.translate("RenovationTestsDialog", u"Pressure test witn&ess", None))
        self.ownerSigned.setText(QCoreApplication.translate("RenovationTestsDialog", u"The owner signed that the tests passed (&O)", None))
        self.engineerLabel.setText(QCoreApplication.translate("RenovationTestsDialog", u"Engineering super&visor who signed", None))
    # retranslateUi

