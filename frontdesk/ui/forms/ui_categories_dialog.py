# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableWidget, QVBoxLayout, QWidget)

class Ui_CategoriesDialog(object):
    def setupUi(self, CategoriesDialog):
        if not CategoriesDialog.objectName():
            CategoriesDialog.setObjectName(u"CategoriesDialog")
        CategoriesDialog.resize(640, 520)
        self.layout = QVBoxLayout(CategoriesDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(CategoriesDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.categories = QTableWidget(CategoriesDialog)
        self.categories.setObjectName(u"categories")
        self.categories.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.categories.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.categories.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.layout.addWidget(self.categories)

        self.editForm = QFormLayout()
        self.editForm.setObjectName(u"editForm")
        self.parentLabel = QLabel(CategoriesDialog)
        self.parentLabel.setObjectName(u"parentLabel")

        self.editForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.parentLabel)

        self.parent = QComboBox(CategoriesDialog)
        self.parent.setObjectName(u"parent")
        self.parent.setEditable(True)

        self.editForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.parent)

        self.nameLabel = QLabel(CategoriesDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.editForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(CategoriesDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(32)

        self.editForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.workdaysLabel = QLabel(CategoriesDialog)
        self.workdaysLabel.setObjectName(u"workdaysLabel")

        self.editForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.workdaysLabel)

        self.workdays = QSpinBox(CategoriesDialog)
        self.workdays.setObjectName(u"workdays")
        self.workdays.setMinimum(1)
        self.workdays.setMaximum(60)
        self.workdays.setValue(3)

        self.editForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.workdays)

        self.followLabel = QLabel(CategoriesDialog)
        self.followLabel.setObjectName(u"followLabel")

        self.editForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.followLabel)

        self.followKind = QComboBox(CategoriesDialog)
        self.followKind.setObjectName(u"followKind")

        self.editForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.followKind)

        self.followDaysLabel = QLabel(CategoriesDialog)
        self.followDaysLabel.setObjectName(u"followDaysLabel")

        self.editForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.followDaysLabel)

        self.followDays = QSpinBox(CategoriesDialog)
        self.followDays.setObjectName(u"followDays")
        self.followDays.setMinimum(0)
        self.followDays.setMaximum(30)

        self.editForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.followDays)


        self.layout.addLayout(self.editForm)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addButton = QPushButton(CategoriesDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonRow.addWidget(self.addButton)

        self.saveButton = QPushButton(CategoriesDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.activeButton = QPushButton(CategoriesDialog)
        self.activeButton.setObjectName(u"activeButton")

        self.buttonRow.addWidget(self.activeButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer)

        self.closeButton = QPushButton(CategoriesDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.parentLabel.setBuddy(self.parent)
        self.nameLabel.setBuddy(self.name)
        self.workdaysLabel.setBuddy(self.workdays)
        self.followLabel.setBuddy(self.followKind)
        self.followDaysLabel.setBuddy(self.followDays)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.categories, self.parent)
        QWidget.setTabOrder(self.parent, self.name)
        QWidget.setTabOrder(self.name, self.workdays)
        QWidget.setTabOrder(self.workdays, self.followKind)
        QWidget.setTabOrder(self.followKind, self.followDays)
        QWidget.setTabOrder(self.followDays, self.addButton)
        QWidget.setTabOrder(self.addButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.activeButton)
        QWidget.setTabOrder(self.activeButton, self.closeButton)

        self.retranslateUi(CategoriesDialog)
    # setupUi

    def retranslateUi(self, CategoriesDialog):
        CategoriesDialog.setWindowTitle(QCoreApplication.translate("CategoriesDialog", u"Work-order categories", None))
        self.info.setText(QCoreApplication.translate("CategoriesDialog", u"The categories offered when an order is registered, and how long each may take. An urgent order always has 24 hours. Orders already registered keep their deadlines.", None))
        self.parentLabel.setText(QCoreApplication.translate("CategoriesDialog", u"&Main category *", None))
        self.nameLabel.setText(QCoreApplication.translate("CategoriesDialog", u"Categor&y *", None))
        self.workdaysLabel.setText(QCoreApplication.translate("CategoriesDialog", u"Complete &within (working days) *", None))
        self.followLabel.setText(QCoreApplication.translate("CategoriesDialog", u"&Follow-up rule *", None))
        self.followDaysLabel.setText(QCoreApplication.translate("CategoriesDialog", u"Follow up wit&hin (working days)", None))
        self.followDays.setSpecialValueText(QCoreApplication.translate("CategoriesDialog", u"as the rule says", None))
        self.addButton.setText(QCoreApplication.translate("CategoriesDialog", u"&Add as new", None))
        self.saveButton.setText(QCoreApplication.translate("CategoriesDialog", u"&Save changes", None))
        self.activeButton.setText(QCoreApplication.translate("CategoriesDialog", u"Stop or &resume use", None))
        self.closeButton.setText(QCoreApplication.translate("CategoriesDialog", u"&Close", None))
    # retranslateUi

