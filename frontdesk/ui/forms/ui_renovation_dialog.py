# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QCheckBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget)

class Ui_RenovationDialog(object):
    def setupUi(self, RenovationDialog):
        if not RenovationDialog.objectName():
            RenovationDialog.setObjectName(u"RenovationDialog")
        RenovationDialog.resize(640, 300)
        self.layout = QVBoxLayout(RenovationDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(RenovationDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.roomLabel = QLabel(RenovationDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.room = QWidget(RenovationDialog)
        self.room.setObjectName(u"room")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.room)

        self.ownerLabel = QLabel(RenovationDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.owner = QLineEdit(RenovationDialog)
        self.owner.setObjectName(u"owner")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.owner)

        self.contractorLabel = QLabel(RenovationDialog)
        self.contractorLabel.setObjectName(u"contractorLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contractorLabel)

        self.contractor = QLineEdit(RenovationDialog)
        self.contractor.setObjectName(u"contractor")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contractor)

        self.managerLabel = QLabel(RenovationDialog)
        self.managerLabel.setObjectName(u"managerLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.managerLabel)

        self.manager = QLineEdit(RenovationDialog)
        self.manager.setObjectName(u"manager")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.manager)

        self.managerPhoneLabel = QLabel(RenovationDialog)
        self.managerPhoneLabel.setObjectName(u"managerPhoneLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.managerPhoneLabel)

        self.managerPhone = QLineEdit(RenovationDialog)
        self.managerPhone.setObjectName(u"managerPhone")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.managerPhone)

        self.workersLabel = QLabel(RenovationDialog)
        self.workersLabel.setObjectName(u"workersLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.workersLabel)

        self.workers = QSpinBox(RenovationDialog)
        self.workers.setObjectName(u"workers")
        self.workers.setMinimum(1)
        self.workers.setMaximum(200)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.workers)

        self.worksLabel = QLabel(RenovationDialog)
        self.worksLabel.setObjectName(u"worksLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.worksLabel)

        self.works = QWidget(RenovationDialog)
        self.works.setObjectName(u"works")
        self.worksRow = QHBoxLayout(self.works)
        self.worksRow.setObjectName(u"worksRow")
        self.worksRow.setContentsMargins(0, 0, 0, 0)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.works)

        self.worksOtherLabel = QLabel(RenovationDialog)
        self.worksOtherLabel.setObjectName(u"worksOtherLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.worksOtherLabel)

        self.worksOther = QLineEdit(RenovationDialog)
        self.worksOther.setObjectName(u"worksOther")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.worksOther)

        self.startLabel = QLabel(RenovationDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.start = QDateEdit(RenovationDialog)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.start)

        self.endLabel = QLabel(RenovationDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.end = QDateEdit(RenovationDialog)
        self.end.setObjectName(u"end")
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.end)

        self.structural = QCheckBox(RenovationDialog)
        self.structural.setObjectName(u"structural")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.structural)

        self.approvalNoLabel = QLabel(RenovationDialog)
        self.approvalNoLabel.setObjectName(u"approvalNoLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.approvalNoLabel)

        self.approvalNo = QLineEdit(RenovationDialog)
        self.approvalNo.setObjectName(u"approvalNo")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.approvalNo)

        self.documentsLabel = QLabel(RenovationDialog)
        self.documentsLabel.setObjectName(u"documentsLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.documentsLabel)

        self.documents = QWidget(RenovationDialog)
        self.documents.setObjectName(u"documents")
        self.documentsRow = QHBoxLayout(self.documents)
        self.documentsRow.setObjectName(u"documentsRow")
        self.documentsRow.setContentsMargins(0, 0, 0, 0)
        self.docForm = QCheckBox(self.documents)
        self.docForm.setObjectName(u"docForm")

        self.documentsRow.addWidget(self.docForm)

        self.docPlan = QCheckBox(self.documents)
        self.docPlan.setObjectName(u"docPlan")

        self.documentsRow.addWidget(self.docPlan)

        self.docAgreement = QCheckBox(self.documents)
        self.docAgreement.setObjectName(u"docAgreement")

        self.documentsRow.addWidget(self.docAgreement)

        self.docLicence = QCheckBox(self.documents)
        self.docLicence.setObjectName(u"docLicence")

        self.documentsRow.addWidget(self.docLicence)


        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.documents)


        self.layout.addLayout(self.form)

        self.hint = QLabel(RenovationDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color:#666")

        self.layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(RenovationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.ownerLabel.setBuddy(self.owner)
        self.contractorLabel.setBuddy(self.contractor)
        self.managerLabel.setBuddy(self.manager)
        self.managerPhoneLabel.setBuddy(self.managerPhone)
        self.workersLabel.setBuddy(self.workers)
        self.worksOtherLabel.setBuddy(self.worksOther)
        self.startLabel.setBuddy(self.start)
        self.endLabel.setBuddy(self.end)
        self.approvalNoLabel.setBuddy(self.approvalNo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RenovationDialog)
    # setupUi

    def retranslateUi(self, RenovationDialog):
        RenovationDialog.setWindowTitle(QCoreApplication.translate("RenovationDialog", u"Renovation application", None))
        self.roomLabel.setText(QCoreApplication.translate("RenovationDialog", u"&Room *", None))
        self.ownerLabel.setText(QCoreApplication.translate("RenovationDialog", u"Owner", None))
        self.contractorLabel.setText(QCoreApplication.translate("RenovationDialog", u"&Contractor *", None))
        self.managerLabel.setText(QCoreApplication.translate("RenovationDialog", u"&Person in charge *", None))
        self.managerPhoneLabel.setText(QCoreApplication.translate("RenovationDialog", u"P&hone of the person in charge *", None))
        self.workersLabel.setText(QCoreApplication.translate("RenovationDialog", u"&Workers *", None))
        self.worksLabel.setText(QCoreApplication.translate("RenovationDialog", u"Planned wor&ks *", None))
        self.worksOtherLabel.setText(QCoreApplication.translate("RenovationDialog", u"&Other works", None))
        self.startLabel.setText(QCoreApplication.translate("RenovationDialog", u"Planned &start *", None))
        self.endLabel.setText(QCoreApplication.translate("RenovationDialog", u"Planned &end *", None))
        self.structural.setText(QCoreApplication.translate("RenovationDialog", u"Structural change (needs the housing authority's approval) (&U)", None))
        self.approvalNoLabel.setText(QCoreApplication.translate("RenovationDialog", u"&Approval number", None))
        self.documentsLabel.setText(QCoreApplication.translate("RenovationDialog", u"Documents seen *", None))
        self.docForm.setText(QCoreApplication.translate("RenovationDialog", u"Application form (&1)", None))
        self.docPlan.setText(QCoreApplication.translate("RenovationDialog", u"Floor plan (&2)", None))
        self.docAgreement.setText(QCoreApplication.translate("RenovationDialog", u"Renovation agreement signed (&3)", None))
        self.docLicence.setText(QCoreApplication.translate("RenovationDialog", u"Contractor's licence (&4)", None))
    # retranslateUi

