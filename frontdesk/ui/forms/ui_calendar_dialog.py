# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableWidget, QVBoxLayout)

class Ui_CalendarDialog(object):
    def setupUi(self, CalendarDialog):
        if not CalendarDialog.objectName():
            CalendarDialog.setObjectName(u"CalendarDialog")
        CalendarDialog.resize(620, 520)
        self.layout = QVBoxLayout(CalendarDialog)
        self.layout.setObjectName(u"layout")
        self.notice = QLabel(CalendarDialog)
        self.notice.setObjectName(u"notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(u"background:#fff4ce; border:1px solid #e0c060; padding:6px;")

        self.layout.addWidget(self.notice)

        self.yearRow = QHBoxLayout()
        self.yearRow.setObjectName(u"yearRow")
        self.yearLabel = QLabel(CalendarDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearRow.addWidget(self.yearLabel)

        self.year = QSpinBox(CalendarDialog)
        self.year.setObjectName(u"year")
        self.year.setMinimum(2000)
        self.year.setMaximum(2100)

        self.yearRow.addWidget(self.year)

        self.status = QLabel(CalendarDialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.yearRow.addWidget(self.status)


        self.layout.addLayout(self.yearRow)

        self.days = QTableWidget(CalendarDialog)
        self.days.setObjectName(u"days")
        self.days.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.layout.addWidget(self.days)

        self.editBox = QGroupBox(CalendarDialog)
        self.editBox.setObjectName(u"editBox")
        self.editForm = QFormLayout(self.editBox)
        self.editForm.setObjectName(u"editForm")
        self.dayLabel = QLabel(self.editBox)
        self.dayLabel.setObjectName(u"dayLabel")

        self.editForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.day = QDateEdit(self.editBox)
        self.day.setObjectName(u"day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(u"yyyy-MM-dd")

        self.editForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.day)

        self.kindLabel = QLabel(self.editBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.editForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(self.editBox)
        self.kind.setObjectName(u"kind")

        self.editForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.nameLabel = QLabel(self.editBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.editForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.editBox)
        self.name.setObjectName(u"name")

        self.editForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name)


        self.layout.addWidget(self.editBox)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.completeButton = QPushButton(CalendarDialog)
        self.completeButton.setObjectName(u"completeButton")

        self.buttonRow.addWidget(self.completeButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer)

        self.saveButton = QPushButton(CalendarDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.closeButton = QPushButton(CalendarDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.year)
        self.dayLabel.setBuddy(self.day)
        self.kindLabel.setBuddy(self.kind)
        self.nameLabel.setBuddy(self.name)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CalendarDialog)
    # setupUi

    def retranslateUi(self, CalendarDialog):
        CalendarDialog.setWindowTitle(QCoreApplication.translate("CalendarDialog", u"Holiday calendar", None))
        self.yearLabel.setText(QCoreApplication.translate("CalendarDialog", u"&Year", None))
        self.editBox.setTitle(QCoreApplication.translate("CalendarDialog", u"Mark a day (supervisor)", None))
        self.dayLabel.setText(QCoreApplication.translate("CalendarDialog", u"&Date", None))
        self.kindLabel.setText(QCoreApplication.translate("CalendarDialog", u"&This day is", None))
        self.nameLabel.setText(QCoreApplication.translate("CalendarDialog", u"&Name", None))
        self.completeButton.setText(QCoreApplication.translate("CalendarDialog", u"Year is &complete", None))
        self.saveButton.setText(QCoreApplication.translate("CalendarDialog", u"&Save day", None))
        self.closeButton.setText(QCoreApplication.translate("CalendarDialog", u"&Close", None))
    # retranslateUi

