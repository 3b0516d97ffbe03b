# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)

from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout)

class Ui_CompleteDialog(object):
    def setupUi(self, CompleteDialog):
        if not CompleteDialog.objectName():
            CompleteDialog.setObjectName(u"CompleteDialog")
        CompleteDialog.resize(480, 320)
        self.layout = QVBoxLayout(CompleteDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(CompleteDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.resultLabel = QLabel(CompleteDialog)
        self.resultLabel.setObjectName(u"resultLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.resultLabel)

        self.resultRow = QHBoxLayout()
        self.resultRow.setSpacing(6)
        self.resultRow.setObjectName(u"resultRow")
        self.result = QLineEdit(CompleteDialog)
        self.result.setObjectName(u"result")
        self.result.setMaxLength(200)

        self.resultRow.addWidget(self.result)

        self.resultCount = QLabel(CompleteDialog)
        self.resultCount.setObjectName(u"resultCount")
        self.resultCount.setStyleSheet(u"color:#888")
        self.resultCount.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.resultRow.addWidget(self.resultCount)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.resultRow)

        self.materialsLabel = QLabel(CompleteDialog)
        self.materialsLabel.setObjectName(u"materialsLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.materialsLabel)

        self.materials = QPlainTextEdit(CompleteDialog)
        self.materials.setObjectName(u"materials")
        self.materials.setTabChangesFocus(True)
        self.materials.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.materials)

        self.labourLabel = QLabel(CompleteDialog)
        self.labourLabel.setObjectName(u"labourLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.labourLabel)

        self.labour = QLineEdit(CompleteDialog)
        self.labour.setObjectName(u"labour")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.labour)

        self.hoursLabel = QLabel(CompleteDialog)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hours = QLineEdit(CompleteDialog)
        self.hours.setObjectName(u"hours")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hours)

        self.signed = QCheckBox(CompleteDialog)
        self.signed.setObjectName(u"signed")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.signed)

        self.chargeLabel = QLabel(CompleteDialog)
        self.chargeLabel.setObjectName(u"chargeLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.chargeLabel)

        self.charge = QLabel(CompleteDialog)
        self.charge.setObjectName(u"charge")
        self.charge.setWordWrap(True)
        self.charge.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.charge)

        self.hint = QLabel(CompleteDialog)
        self.hint.setObjectName(u"hint")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.hint)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(CompleteDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.resultLabel.setBuddy(self.result)
        self.materialsLabel.setBuddy(self.materials)
        self.labourLabel.setBuddy(self.labour)
        self.hoursLabel.setBuddy(self.hours)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CompleteDialog)
    # setupUi

    def retranslateUi(self, CompleteDialog):
        CompleteDialog.setWindowTitle(QCoreApplication.translate("CompleteDialog", u"Complete the order", None))
        self.resultLabel.setText(QCoreApplication.translate("CompleteDialog", u"&Result *", None))
        self.materialsLabel.setText(QCoreApplication.translate("CompleteDialog", u"&Materials", None))
        self.materials.setPlaceholderText(QCoreApplication.translate("CompleteDialog", u"one per line: name quantity unit price, e.g. \u4e09\u901a 2 12.50", None))
        self.labourLabel.setText(QCoreApplication.translate("CompleteDialog", u"&Labour (yuan)", None))
        self.hoursLabel.setText(QCoreApplication.translate("CompleteDialog", u"&Hours", None))
        self.signed.setText(QCoreApplication.translate("CompleteDialog", u"The resident &signed the slip", None))
        self.chargeLabel.setText(QCoreApplication.translate("CompleteDialog", u"The resident pays", None))
    # retranslateUi

