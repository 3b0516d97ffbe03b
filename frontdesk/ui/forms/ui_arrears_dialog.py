# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)

from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QTableWidget, QVBoxLayout)

class Ui_ArrearsDialog(object):
    def setupUi(self, ArrearsDialog):
        if not ArrearsDialog.objectName():
            ArrearsDialog.setObjectName(u"ArrearsDialog")
        ArrearsDialog.resize(1000, 640)
        self.layout = QVBoxLayout(ArrearsDialog)
        self.layout.setObjectName(u"layout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.buildingLabel = QLabel(ArrearsDialog)
        self.buildingLabel.setObjectName(u"buildingLabel")

        self.filterRow.addWidget(self.buildingLabel)

        self.building = QComboBox(ArrearsDialog)
        self.building.setObjectName(u"building")

        self.filterRow.addWidget(self.building)

        self.ageLabel = QLabel(ArrearsDialog)
        self.ageLabel.setObjectName(u"ageLabel")

        self.filterRow.addWidget(self.ageLabel)

        self.minMonths = QComboBox(ArrearsDialog)
        self.minMonths.setObjectName(u"minMonths")

        self.filterRow.addWidget(self.minMonths)

        self.lettersOnly = QCheckBox(ArrearsDialog)
        self.lettersOnly.setObjectName(u"lettersOnly")

        self.filterRow.addWidget(self.lettersOnly)

        self.onLabel = QLabel(ArrearsDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.filterRow.addWidget(self.onLabel)

        self.onDate = QDateEdit(ArrearsDialog)
        self.onDate.setObjectName(u"onDate")
        self.onDate.setCalendarPopup(True)
        self.onDate.setDisplayFormat(u"yyyy-MM-dd")

        self.filterRow.addWidget(self.onDate)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.layout.addLayout(self.filterRow)

        self.table = QTableView(ArrearsDialog)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.layout.addWidget(self.table)

        self.summary = QLabel(ArrearsDialog)
        self.summary.setObjectName(u"summary")

        self.layout.addWidget(self.summary)

        self.lower = QHBoxLayout()
        self.lower.setObjectName(u"lower")
        self.remindBox = QGroupBox(ArrearsDialog)
        self.remindBox.setObjectName(u"remindBox")
        self.remindForm = QFormLayout(self.remindBox)
        self.remindForm.setObjectName(u"remindForm")
        self.methodLabel = QLabel(self.remindBox)
        self.methodLabel.setObjectName(u"methodLabel")

        self.remindForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.method = QComboBox(self.remindBox)
        self.method.setObjectName(u"method")

        self.remindForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.method)

        self.outcomeLabel = QLabel(self.remindBox)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.remindForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcome = QLineEdit(self.remindBox)
        self.outcome.setObjectName(u"outcome")

        self.remindForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.remindButton = QPushButton(self.remindBox)
        self.remindButton.setObjectName(u"remindButton")

        self.remindForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.remindButton)


        self.lower.addWidget(self.remindBox)

        self.history = QTableWidget(ArrearsDialog)
        self.history.setObjectName(u"history")
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setMaximumSize(QSize(16777215, 150))

        self.lower.addWidget(self.history)


        self.layout.addLayout(self.lower)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.noticesButton = QPushButton(ArrearsDialog)
        self.noticesButton.setObjectName(u"noticesButton")

        self.buttonsRow.addWidget(self.noticesButton)

        self.lettersButton = QPushButton(ArrearsDialog)
        self.lettersButton.setObjectName(u"lettersButton")

        self.buttonsRow.addWidget(self.lettersButton)

        self.collectButton = QPushButton(ArrearsDialog)
        self.collectButton.setObjectName(u"collectButton")

        self.buttonsRow.addWidget(self.collectButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.buttonsSpacer)

        self.buttons = QDialogButtonBox(ArrearsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsRow.addWidget(self.buttons)


        self.layout.addLayout(self.buttonsRow)

#if QT_CONFIG(shortcut)
        self.buildingLabel.setBuddy(self.building)
        self.ageLabel.setBuddy(self.minMonths)
        self.onLabel.setBuddy(self.onDate)
        self.methodLabel.setBuddy(self.method)
        self.outcomeLabel.setBuddy(self.outcome)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ArrearsDialog)
    # setupUi

    def retranslateUi(self, ArrearsDialog):
        ArrearsDialog.setWindowTitle(QCoreApplication.translate("ArrearsDialog", u"Arrears and reminders", None))
        self.buildingLabel.setText(QCoreApplication.translate("ArrearsDialog", u"&Building", None))
        self.ageLabel.setText(QCoreApplication.translate("ArrearsDialog", u"&Owing at least", None))
        self.lettersOnly.setText(QCoreApplication.translate("ArrearsDialog", u"Only rooms due a demand &letter", None))
        self.onLabel.setText(QCoreApplication.translate("ArrearsDialog", u"Late fee &to", None))
        self.remindBox.setTitle(QCoreApplication.translate("ArrearsDialog", u"Record a reminder for the selected room", None))
        self.methodLabel.setText(QCoreApplication.translate("ArrearsDialog", u"&How", None))
        self.outcomeLabel.setText(QCoreApplication.translate("ArrearsDialog", u"&Outcome", None))
        self.outcome.setPlaceholderText(QCoreApplication.translate("ArrearsDialog", u"e.g. will pay next week", None))
        self.remindButton.setText(QCoreApplication.translate("ArrearsDialog", u"&Record", None))
        self.noticesButton.setText(QCoreApplication.translate("ArrearsDialog", u"Print payment &notices\u2026", None))
        self.lettersButton.setText(QCoreApplication.translate("ArrearsDialog", u"Print demand l&etters\u2026", None))
        self.collectButton.setText(QCoreApplication.translate("ArrearsDialog", u"&Collect from this room", None))
    # retranslateUi

