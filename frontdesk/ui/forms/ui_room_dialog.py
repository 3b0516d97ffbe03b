# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout)

class Ui_RoomDialog(object):
    def setupUi(self, RoomDialog):
        if not RoomDialog.objectName():
            RoomDialog.setObjectName(u"RoomDialog")
        RoomDialog.resize(400, 300)
        self.layout = QVBoxLayout(RoomDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.areaLabel = QLabel(RoomDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.area = QLineEdit(RoomDialog)
        self.area.setObjectName(u"area")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.area)

        self.useLabel = QLabel(RoomDialog)
        self.useLabel.setObjectName(u"useLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.useLabel)

        self.use = QComboBox(RoomDialog)
        self.use.setObjectName(u"use")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.use)

        self.stateLabel = QLabel(RoomDialog)
        self.stateLabel.setObjectName(u"stateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.stateLabel)

        self.state = QComboBox(RoomDialog)
        self.state.setObjectName(u"state")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.state)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(RoomDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.areaLabel.setBuddy(self.area)
        self.useLabel.setBuddy(self.use)
        self.stateLabel.setBuddy(self.state)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RoomDialog)
    # setupUi

    def retranslateUi(self, RoomDialog):
        RoomDialog.setWindowTitle(QCoreApplication.translate("RoomDialog", u"Edit room", None))
        self.areaLabel.setText(QCoreApplication.translate("RoomDialog", u"&Area (m\u00b2) *", None))
        self.useLabel.setText(QCoreApplication.translate("RoomDialog", u"&Use", None))
        self.stateLabel.setText(QCoreApplication.translate("RoomDialog", u"&State", None))
    # retranslateUi

