# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget)

class Ui_HotWorkDialog(object):
    def setupUi(self, HotWorkDialog):
        if not HotWorkDialog.objectName():
            HotWorkDialog.setObjectName(u"HotWorkDialog")
        HotWorkDialog.resize(520, 300)
        self.layout = QVBoxLayout(HotWorkDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(HotWorkDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.renovationLabel = QLabel(HotWorkDialog)
        self.renovationLabel.setObjectName(u"renovationLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.renovationLabel)

        self.renovation = QComboBox(HotWorkDialog)
        self.renovation.setObjectName(u"renovation")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.renovation)

        self.placeLabel = QLabel(HotWorkDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.place = QLineEdit(HotWorkDialog)
        self.place.setObjectName(u"place")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.place)

        self.welderLabel = QLabel(HotWorkDialog)
        self.welderLabel.setObjectName(u"welderLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.welderLabel)

        self.welder = QLineEdit(HotWorkDialog)
        self.welder.setObjectName(u"welder")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.welder)

        self.idNumberLabel = QLabel(HotWorkDialog)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idNumber = QLineEdit(HotWorkDialog)
        self.idNumber.setObjectName(u"idNumber")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.idNumber)

        self.certNoLabel = QLabel(HotWorkDialog)
        self.certNoLabel.setObjectName(u"certNoLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.certNoLabel)

        self.certNo = QLineEdit(HotWorkDialog)
        self.certNo.setObjectName(u"certNo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.certNo)

        self.certExpiryLabel = QLabel(HotWorkDialog)
        self.certExpiryLabel.setObjectName(u"certExpiryLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.certExpiryLabel)

        self.certExpiry = QDateEdit(HotWorkDialog)
        self.certExpiry.setObjectName(u"certExpiry")
        self.certExpiry.setCalendarPopup(True)
        self.certExpiry.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.certExpiry)

        self.startLabel = QLabel(HotWorkDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.start = QDateTimeEdit(HotWorkDialog)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.start)

        self.endLabel = QLabel(HotWorkDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.end = QDateTimeEdit(HotWorkDialog)
        self.end.setObjectName(u"end")
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.end)

        self.measuresLabel = QLabel(HotWorkDialog)
        self.measuresLabel.setObjectName(u"measuresLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.measuresLabel)

        self.measures = QWidget(HotWorkDialog)
        self.measures.setObjectName(u"measures")
        self.measuresRow = QHBoxLayout(self.measures)
        self.measuresRow.setObjectName(u"measuresRow")
        self.measuresRow.setContentsMargins(0, 0, 0, 0)
        self.extinguisher = QCheckBox(self.measures)
        self.extinguisher.setObjectName(u"extinguisher")

        self.measuresRow.addWidget(self.extinguisher)

        self.cleared = QCheckBox(self.measures)
        self.cleared.setObjectName(u"cleared")

        self.measuresRow.addWidget(self.cleared)


        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.measures)

        self.watcherLabel = QLabel(HotWorkDialog)
        self.watcherLabel.setObjectName(u"watcherLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.watcherLabel)

        self.watcher = QLineEdit(HotWorkDialog)
        self.watcher.setObjectName(u"watcher")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.watcher)


        self.layout.addLayout(self.form)

        self.hint = QLabel(HotWorkDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color:#666")

        self.layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(HotWorkDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.renovationLabel.setBuddy(self.renovation)
        self.placeLabel.setBuddy(self.place)
        self.welderLabel.setBuddy(self.welder)
        self.idNumberLabel.setBuddy(self.idNumber)
        self.certNoLabel.setBuddy(self.certNo)
        self.certExpiryLabel.setBuddy(self.certExpiry)
        self.startLabel.setBuddy(self.start)
        self.endLabel.setBuddy(self.end)
        self.watcherLabel.setBuddy(self.watcher)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HotWorkDialog)
    # setupUi

    def retranslateUi(self, HotWorkDialog):
        HotWorkDialog.setWindowTitle(QCoreApplication.translate("HotWorkDialog", u"Hot-work permit", None))
        self.renovationLabel.setText(QCoreApplication.translate("HotWorkDialog", u"Under the &permit", None))
        self.placeLabel.setText(QCoreApplication.translate("HotWorkDialog", u"Pl&ace (common area)", None))
        self.welderLabel.setText(QCoreApplication.translate("HotWorkDialog", u"&Welder *", None))
        self.idNumberLabel.setText(QCoreApplication.translate("HotWorkDialog", u"&ID number *", None))
        self.certNoLabel.setText(QCoreApplication.translate("HotWorkDialog", u"Welding &certificate No. *", None))
        self.certExpiryLabel.setText(QCoreApplication.translate("HotWorkDialog", u"Certificate e&xpires *", None))
        self.startLabel.setText(QCoreApplication.translate("HotWorkDialog", u"Fro&m *", None))
        self.endLabel.setText(QCoreApplication.translate("HotWorkDialog", u"&To *", None))
        self.measuresLabel.setText(QCoreApplication.translate("HotWorkDialog", u"Fire measures *", None))
        self.extinguisher.setText(QCoreApplication.translate("HotWorkDialog", u"Extinguisher on site (&1)", None))
        self.cleared.setText(QCoreApplication.translate("HotWorkDialog", u"Combustibles cleared (&2)", None))
        self.watcherLabel.setText(QCoreApplication.translate("HotWorkDialog", u"Fire watc&her *", None))
    # retranslateUi

