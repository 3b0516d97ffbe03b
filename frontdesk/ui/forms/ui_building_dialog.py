# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QTableWidget, QVBoxLayout)

class Ui_BuildingDialog(object):
    def setupUi(self, BuildingDialog):
        if not BuildingDialog.objectName():
            BuildingDialog.setObjectName(u"BuildingDialog")
        BuildingDialog.resize(620, 300)
        self.layout = QVBoxLayout(BuildingDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.buildingLabel = QLabel(BuildingDialog)
        self.buildingLabel.setObjectName(u"buildingLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.buildingLabel)

        self.building = QLineEdit(BuildingDialog)
        self.building.setObjectName(u"building")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.building)

        self.buildingNameLabel = QLabel(BuildingDialog)
        self.buildingNameLabel.setObjectName(u"buildingNameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.buildingNameLabel)

        self.buildingName = QLineEdit(BuildingDialog)
        self.buildingName.setObjectName(u"buildingName")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.buildingName)

        self.entrancesLabel = QLabel(BuildingDialog)
        self.entrancesLabel.setObjectName(u"entrancesLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.entrancesLabel)

        self.entrances = QSpinBox(BuildingDialog)
        self.entrances.setObjectName(u"entrances")
        self.entrances.setMinimum(1)
        self.entrances.setMaximum(20)
        self.entrances.setValue(2)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.entrances)

        self.floorsLabel = QLabel(BuildingDialog)
        self.floorsLabel.setObjectName(u"floorsLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.floorsLabel)

        self.floors = QSpinBox(BuildingDialog)
        self.floors.setObjectName(u"floors")
        self.floors.setMinimum(1)
        self.floors.setMaximum(120)
        self.floors.setValue(18)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.floors)

        self.perFloorLabel = QLabel(BuildingDialog)
        self.perFloorLabel.setObjectName(u"perFloorLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.perFloorLabel)

        self.perFloor = QSpinBox(BuildingDialog)
        self.perFloor.setObjectName(u"perFloor")
        self.perFloor.setMinimum(1)
        self.perFloor.setMaximum(30)
        self.perFloor.setValue(2)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.perFloor)

        self.areasLabel = QLabel(BuildingDialog)
        self.areasLabel.setObjectName(u"areasLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.areasLabel)

        self.areas = QLineEdit(BuildingDialog)
        self.areas.setObjectName(u"areas")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.areas)

        self.useLabel = QLabel(BuildingDialog)
        self.useLabel.setObjectName(u"useLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.useLabel)

        self.use = QComboBox(BuildingDialog)
        self.use.setObjectName(u"use")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.use)

        self.stateLabel = QLabel(BuildingDialog)
        self.stateLabel.setObjectName(u"stateLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.stateLabel)

        self.state = QComboBox(BuildingDialog)
        self.state.setObjectName(u"state")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.state)


        self.layout.addLayout(self.form)

        self.previewLabel = QLabel(BuildingDialog)
        self.previewLabel.setObjectName(u"previewLabel")

        self.layout.addWidget(self.previewLabel)

        self.preview = QTableWidget(BuildingDialog)
        self.preview.setObjectName(u"preview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.layout.addWidget(self.preview)

        self.buttons = QDialogButtonBox(BuildingDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.buildingLabel.setBuddy(self.building)
        self.buildingNameLabel.setBuddy(self.buildingName)
        self.entrancesLabel.setBuddy(self.entrances)
        self.floorsLabel.setBuddy(self.floors)
        self.perFloorLabel.setBuddy(self.perFloor)
        self.areasLabel.setBuddy(self.areas)
        self.useLabel.setBuddy(self.use)
        self.stateLabel.setBuddy(self.state)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BuildingDialog)
    # setupUi

    def retranslateUi(self, BuildingDialog):
        BuildingDialog.setWindowTitle(QCoreApplication.translate("BuildingDialog", u"New building from a pattern", None))
        self.buildingLabel.setText(QCoreApplication.translate("BuildingDialog", u"&Building number *", None))
        self.buildingNameLabel.setText(QCoreApplication.translate("BuildingDialog", u"Building &name", None))
        self.entrancesLabel.setText(QCoreApplication.translate("BuildingDialog", u"&Entrances", None))
        self.floorsLabel.setText(QCoreApplication.translate("BuildingDialog", u"&Floors", None))
        self.perFloorLabel.setText(QCoreApplication.translate("BuildingDialog", u"&Rooms per floor", None))
        self.areasLabel.setText(QCoreApplication.translate("BuildingDialog", u"&Areas by position (m\u00b2) *", None))
        self.useLabel.setText(QCoreApplication.translate("BuildingDialog", u"&Use", None))
        self.stateLabel.setText(QCoreApplication.translate("BuildingDialog", u"&State", None))
    # retranslateUi

