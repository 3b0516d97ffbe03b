# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout)

class Ui_ReadingsDialog(object):
    def setupUi(self, ReadingsDialog):
        if not ReadingsDialog.objectName():
            ReadingsDialog.setObjectName(u"ReadingsDialog")
        ReadingsDialog.resize(560, 360)
        self.layout = QVBoxLayout(ReadingsDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.itemLabel = QLabel(ReadingsDialog)
        self.itemLabel.setObjectName(u"itemLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.itemLabel)

        self.item = QComboBox(ReadingsDialog)
        self.item.setObjectName(u"item")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.item)

        self.monthLabel = QLabel(ReadingsDialog)
        self.monthLabel.setObjectName(u"monthLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.monthLabel)

        self.month = QDateEdit(ReadingsDialog)
        self.month.setObjectName(u"month")
        self.month.setDisplayFormat(u"yyyy-MM")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.month)


        self.layout.addLayout(self.form)

        self.hint = QLabel(ReadingsDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.sheetButton = QPushButton(ReadingsDialog)
        self.sheetButton.setObjectName(u"sheetButton")

        self.actions.addWidget(self.sheetButton)

        self.importButton = QPushButton(ReadingsDialog)
        self.importButton.setObjectName(u"importButton")

        self.actions.addWidget(self.importButton)


        self.layout.addLayout(self.actions)

        self.result = QPlainTextEdit(ReadingsDialog)
        self.result.setObjectName(u"result")
        self.result.setReadOnly(True)

        self.layout.addWidget(self.result)

        self.buttons = QDialogButtonBox(ReadingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.itemLabel.setBuddy(self.item)
        self.monthLabel.setBuddy(self.month)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReadingsDialog)
    # setupUi

    def retranslateUi(self, ReadingsDialog):
        ReadingsDialog.setWindowTitle(QCoreApplication.translate("ReadingsDialog", u"Meter readings", None))
        self.itemLabel.setText(QCoreApplication.translate("ReadingsDialog", u"&Item", None))
        self.monthLabel.setText(QCoreApplication.translate("ReadingsDialog", u"&Month", None))
        self.hint.setText(QCoreApplication.translate("ReadingsDialog", u"Save the reading sheet, fill in the column \u672c\u671f\u8bfb\u6570 for the rooms read this month, then import it. The first reading of a meter only sets its start. If any row is wrong, nothing is imported.", None))
        self.sheetButton.setText(QCoreApplication.translate("ReadingsDialog", u"&Save the reading sheet\u2026", None))
        self.importButton.setText(QCoreApplication.translate("ReadingsDialog", u"&Import readings\u2026", None))
    # retranslateUi

