# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout)

class Ui_DispatchDialog(object):
    def setupUi(self, DispatchDialog):
        if not DispatchDialog.objectName():
            DispatchDialog.setObjectName(u"DispatchDialog")
        DispatchDialog.resize(420, 160)
        self.layout = QVBoxLayout(DispatchDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(DispatchDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.departmentLabel = QLabel(DispatchDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.department = QComboBox(DispatchDialog)
        self.department.setObjectName(u"department")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.department)

        self.workerLabel = QLabel(DispatchDialog)
        self.workerLabel.setObjectName(u"workerLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.workerLabel)

        self.worker = QComboBox(DispatchDialog)
        self.worker.setObjectName(u"worker")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.worker)

        self.reasonLabel = QLabel(DispatchDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QLineEdit(DispatchDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setMaxLength(200)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(DispatchDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.departmentLabel.setBuddy(self.department)
        self.workerLabel.setBuddy(self.worker)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DispatchDialog)
    # setupUi

    def retranslateUi(self, DispatchDialog):
        DispatchDialog.setWindowTitle(QCoreApplication.translate("DispatchDialog", u"Dispatch", None))
        self.departmentLabel.setText(QCoreApplication.translate("DispatchDialog", u"&Department *", None))
        self.workerLabel.setText(QCoreApplication.translate("DispatchDialog", u"&Worker", None))
        self.reasonLabel.setText(QCoreApplication.translate("DispatchDialog", u"&Reason *", None))
    # retranslateUi

