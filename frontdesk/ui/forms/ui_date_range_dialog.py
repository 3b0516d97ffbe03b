# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout)

class Ui_DateRangeDialog(object):
    def setupUi(self, DateRangeDialog):
        if not DateRangeDialog.objectName():
            DateRangeDialog.setObjectName(u"DateRangeDialog")
        DateRangeDialog.resize(360, 160)
        self.layout = QVBoxLayout(DateRangeDialog)
        self.layout.setObjectName(u"layout")
        self.hint = QLabel(DateRangeDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fromLabel = QLabel(DateRangeDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.dateFrom = QDateEdit(DateRangeDialog)
        self.dateFrom.setObjectName(u"dateFrom")
        self.dateFrom.setCalendarPopup(True)
        self.dateFrom.setDisplayFormat(u"yyyy-MM-dd")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateFrom)

        self.toLabel = QLabel(DateRangeDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.dateTo = QDateEdit(DateRangeDialog)
        self.dateTo.setObjectName(u"dateTo")
        self.dateTo.setCalendarPopup(True)
        self.dateTo.setDisplayFormat(u"yyyy-MM-dd")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateTo)


        self.layout.addLayout(self.fields)

        self.buttons = QDialogButtonBox(DateRangeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.dateFrom)
        self.toLabel.setBuddy(self.dateTo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DateRangeDialog)
    # setupUi

    def retranslateUi(self, DateRangeDialog):
        DateRangeDialog.setWindowTitle(QCoreApplication.translate("DateRangeDialog", u"Which days?", None))
        self.fromLabel.setText(QCoreApplication.translate("DateRangeDialog", u"&From", None))
        self.toLabel.setText(QCoreApplication.translate("DateRangeDialog", u"&To", None))
    # retranslateUi

