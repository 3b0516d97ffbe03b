# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout)

class Ui_CustodyDialog(object):
    def setupUi(self, CustodyDialog):
        if not CustodyDialog.objectName():
            CustodyDialog.setObjectName(u"CustodyDialog")
        CustodyDialog.resize(460, 300)
        self.layout = QVBoxLayout(CustodyDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dayLabel = QLabel(CustodyDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.day = QDateEdit(CustodyDialog)
        self.day.setObjectName(u"day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.day)

        self.kindLabel = QLabel(CustodyDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(CustodyDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.waterLabel = QLabel(CustodyDialog)
        self.waterLabel.setObjectName(u"waterLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.waterLabel)

        self.water = QLineEdit(CustodyDialog)
        self.water.setObjectName(u"water")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.water)

        self.powerLabel = QLabel(CustodyDialog)
        self.powerLabel.setObjectName(u"powerLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.powerLabel)

        self.power = QLineEdit(CustodyDialog)
        self.power.setObjectName(u"power")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.power)

        self.noteLabel = QLabel(CustodyDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(CustodyDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.hint = QLabel(CustodyDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(CustodyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.day)
        self.kindLabel.setBuddy(self.kind)
        self.waterLabel.setBuddy(self.water)
        self.powerLabel.setBuddy(self.power)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CustodyDialog)
    # setupUi

    def retranslateUi(self, CustodyDialog):
        CustodyDialog.setWindowTitle(QCoreApplication.translate("CustodyDialog", u"Custody", None))
        self.dayLabel.setText(QCoreApplication.translate("CustodyDialog", u"&Date", None))
        self.kindLabel.setText(QCoreApplication.translate("CustodyDialog", u"&Kind", None))
        self.waterLabel.setText(QCoreApplication.translate("CustodyDialog", u"&Water meter (m\u00b3) *", None))
        self.powerLabel.setText(QCoreApplication.translate("CustodyDialog", u"&Electricity meter (kWh) *", None))
        self.noteLabel.setText(QCoreApplication.translate("CustodyDialog", u"N&ote", None))
    # retranslateUi

