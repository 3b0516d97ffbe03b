# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout)

class Ui_WorkersDialog(object):
    def setupUi(self, WorkersDialog):
        if not WorkersDialog.objectName():
            WorkersDialog.setObjectName(u"WorkersDialog")
        WorkersDialog.resize(520, 420)
        self.layout = QVBoxLayout(WorkersDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.departmentLabel = QLabel(WorkersDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentRow = QHBoxLayout()
        self.departmentRow.setObjectName(u"departmentRow")
        self.department = QComboBox(WorkersDialog)
        self.department.setObjectName(u"department")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.department.sizePolicy().hasHeightForWidth())
        self.department.setSizePolicy(sizePolicy)

        self.departmentRow.addWidget(self.department)

        self.departmentButton = QPushButton(WorkersDialog)
        self.departmentButton.setObjectName(u"departmentButton")

        self.departmentRow.addWidget(self.departmentButton)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.departmentRow)


        self.layout.addLayout(self.form)

        self.workers = QTableWidget(WorkersDialog)
        self.workers.setObjectName(u"workers")
        self.workers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.workers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.layout.addWidget(self.workers)

        self.addForm = QFormLayout()
        self.addForm.setObjectName(u"addForm")
        self.nameLabel = QLabel(WorkersDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.addForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(WorkersDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(32)

        self.addForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.phoneLabel = QLabel(WorkersDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.addForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(WorkersDialog)
        self.phone.setObjectName(u"phone")

        self.addForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phone)


        self.layout.addLayout(self.addForm)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addButton = QPushButton(WorkersDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonRow.addWidget(self.addButton)

        self.disableButton = QPushButton(WorkersDialog)
        self.disableButton.setObjectName(u"disableButton")

        self.buttonRow.addWidget(self.disableButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer)

        self.closeButton = QPushButton(WorkersDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.departmentLabel.setBuddy(self.department)
        self.nameLabel.setBuddy(self.name)
        self.phoneLabel.setBuddy(self.phone)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkersDialog)
    # setupUi

    def retranslateUi(self, WorkersDialog):
        WorkersDialog.setWindowTitle(QCoreApplication.translate("WorkersDialog", u"Departments and workers", None))
        self.departmentLabel.setText(QCoreApplication.translate("WorkersDialog", u"&Department", None))
        self.departmentButton.setText(QCoreApplication.translate("WorkersDialog", u"N&ew department\u2026", None))
        self.nameLabel.setText(QCoreApplication.translate("WorkersDialog", u"&Name *", None))
        self.phoneLabel.setText(QCoreApplication.translate("WorkersDialog", u"&Phone", None))
        self.addButton.setText(QCoreApplication.translate("WorkersDialog", u"&Add worker", None))
        self.disableButton.setText(QCoreApplication.translate("WorkersDialog", u"D&isable worker", None))
        self.closeButton.setText(QCoreApplication.translate("WorkersDialog", u"&Close", None))
    # retranslateUi

