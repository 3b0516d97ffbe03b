# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout)

class Ui_MonthDialog(object):
    def setupUi(self, MonthDialog):
        if not MonthDialog.objectName():
            MonthDialog.setObjectName(u"MonthDialog")
        MonthDialog.resize(360, 130)
        self.layout = QVBoxLayout(MonthDialog)
        self.layout.setObjectName(u"layout")
        self.hint = QLabel(MonthDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.monthLabel = QLabel(MonthDialog)
        self.monthLabel.setObjectName(u"monthLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.monthLabel)

        self.month = QDateEdit(MonthDialog)
        self.month.setObjectName(u"month")
        self.month.setDisplayFormat(u"yyyy-MM")
        self.month.setCalendarPopup(False)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.month)


        self.layout.addLayout(self.fields)

        self.buttons = QDialogButtonBox(MonthDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.monthLabel.setBuddy(self.month)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MonthDialog)
    # setupUi

    def retranslateUi(self, MonthDialog):
        MonthDialog.setWindowTitle(QCoreApplication.translate("MonthDialog", u"Which month?", None))
        self.monthLabel.setText(QCoreApplication.translate("MonthDialog", u"&Month", None))
    # retranslateUi

