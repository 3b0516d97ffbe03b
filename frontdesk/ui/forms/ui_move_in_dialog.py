# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QStackedWidget, QTableWidget, QVBoxLayout, QWidget)

class Ui_MoveInDialog(object):
    def setupUi(self, MoveInDialog):
        if not MoveInDialog.objectName():
            MoveInDialog.setObjectName(u"MoveInDialog")
        MoveInDialog.resize(820, 560)
        self.layout = QVBoxLayout(MoveInDialog)
        self.layout.setObjectName(u"layout")
        self.head = QLabel(MoveInDialog)
        self.head.setObjectName(u"head")
        self.head.setStyleSheet(u"font-weight:bold; font-size:14px")
        self.head.setWordWrap(True)

        self.layout.addWidget(self.head)

        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.stepsColumn = QVBoxLayout()
        self.stepsColumn.setObjectName(u"stepsColumn")
        self.stepsLabel = QLabel(MoveInDialog)
        self.stepsLabel.setObjectName(u"stepsLabel")

        self.stepsColumn.addWidget(self.stepsLabel)

        self.steps = QListWidget(MoveInDialog)
        self.steps.setObjectName(u"steps")
        self.steps.setMaximumSize(QSize(180, 16777215))

        self.stepsColumn.addWidget(self.steps)


        self.body.addLayout(self.stepsColumn)

        self.pageColumn = QVBoxLayout()
        self.pageColumn.setObjectName(u"pageColumn")
        self.stepTitle = QLabel(MoveInDialog)
        self.stepTitle.setObjectName(u"stepTitle")
        self.stepTitle.setStyleSheet(u"font-weight:bold")

        self.pageColumn.addWidget(self.stepTitle)

        self.pages = QStackedWidget(MoveInDialog)
        self.pages.setObjectName(u"pages")
        self.documentsPage = QWidget()
        self.documentsPage.setObjectName(u"documentsPage")
        self.documentsPageLayout = QVBoxLayout(self.documentsPage)
        self.documentsPageLayout.setObjectName(u"documentsPageLayout")
        self.documentsForm = QFormLayout()
        self.documentsForm.setObjectName(u"documentsForm")
        self.whoLabel = QLabel(self.documentsPage)
        self.whoLabel.setObjectName(u"whoLabel")

        self.documentsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whoLabel)

        self.who = QComboBox(self.documentsPage)
        self.who.setObjectName(u"who")

        self.documentsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.who)

        self.ownerLabel = QLabel(self.documentsPage)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.documentsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.owner = QComboBox(self.documentsPage)
        self.owner.setObjectName(u"owner")

        self.documentsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.owner)

        self.agentLabel = QLabel(self.documentsPage)
        self.agentLabel.setObjectName(u"agentLabel")

        self.documentsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.agentLabel)

        self.agent = QLineEdit(self.documentsPage)
        self.agent.setObjectName(u"agent")
        self.agent.setMaxLength(64)

        self.documentsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.agent)

        self.documentsLabel = QLabel(self.documentsPage)
        self.documentsLabel.setObjectName(u"documentsLabel")

        self.documentsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.documentsLabel)

        self.documents = QListWidget(self.documentsPage)
        self.documents.setObjectName(u"documents")
        self.documents.setMaximumSize(QSize(16777215, 120))

        self.documentsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.documents)

        self.deliveredOnLabel = QLabel(self.documentsPage)
        self.deliveredOnLabel.setObjectName(u"deliveredOnLabel")

        self.documentsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.deliveredOnLabel)

        self.deliveredOn = QDateEdit(self.documentsPage)
        self.deliveredOn.setObjectName(u"deliveredOn")
        self.deliveredOn.setCalendarPopup(True)
        self.deliveredOn.setDisplayFormat(u"yyyy-MM-dd")

        self.documentsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.deliveredOn)

        self.noteLabel = QLabel(self.documentsPage)
        self.noteLabel.setObjectName(u"noteLabel")

        self.documentsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(self.documentsPage)
        self.note.setObjectName(u"note")
        self.note.setMaxLength(200)

        self.documentsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.note)


        self.documentsPageLayout.addLayout(self.documentsForm)

        self.documentsPageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.documentsPageLayout.addItem(self.documentsPageSpacer)

        self.pages.addWidget(self.documentsPage)
        self.formsPage = QWidget()
        self.formsPage.setObjectName(u"formsPage")
        self.formsPageLayout = QVBoxLayout(self.formsPage)
        self.formsPageLayout.setObjectName(u"formsPageLayout")
        self.formsForm = QFormLayout()
        self.formsForm.setObjectName(u"formsForm")
        self.formsLabel = QLabel(self.formsPage)
        self.formsLabel.setObjectName(u"formsLabel")

        self.formsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.formsLabel)

        self.forms = QListWidget(self.formsPage)
        self.forms.setObjectName(u"forms")
        self.forms.setMaximumSize(QSize(16777215, 90))

        self.formsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.forms)


        self.formsPageLayout.addLayout(self.formsForm)

        self.formsPageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formsPageLayout.addItem(self.formsPageSpacer)

        self.pages.addWidget(self.formsPage)
        self.itemsPage = QWidget()
        self.itemsPage.setObjectName(u"itemsPage")
        self.itemsPageLayout = QVBoxLayout(self.itemsPage)
        self.itemsPageLayout.setObjectName(u"itemsPageLayout")
        self.itemsForm = QFormLayout()
        self.itemsForm.setObjectName(u"itemsForm")
        self.itemsLabel = QLabel(self.itemsPage)
        self.itemsLabel.setObjectName(u"itemsLabel")

        self.itemsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.itemsLabel)

        self.items = QListWidget(self.itemsPage)
        self.items.setObjectName(u"items")
        self.items.setMaximumSize(QSize(16777215, 90))

        self.itemsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.items)

        self.itemsSignatureLabel = QLabel(self.itemsPage)
        self.itemsSignatureLabel.setObjectName(u"itemsSignatureLabel")

        self.itemsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.itemsSignatureLabel)

        self.itemsSignature = QWidget(self.itemsPage)
        self.itemsSignature.setObjectName(u"itemsSignature")
        self.itemsSignature.setMinimumSize(QSize(360, 110))

        self.itemsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.itemsSignature)

        self.itemsUnsignedLabel = QLabel(self.itemsPage)
        self.itemsUnsignedLabel.setObjectName(u"itemsUnsignedLabel")

        self.itemsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.itemsUnsignedLabel)

        self.itemsUnsigned = QLineEdit(self.itemsPage)
        self.itemsUnsigned.setObjectName(u"itemsUnsigned")

        self.itemsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.itemsUnsigned)


        self.itemsPageLayout.addLayout(self.itemsForm)

        self.itemsPageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.itemsPageLayout.addItem(self.itemsPageSpacer)

        self.pages.addWidget(self.itemsPage)
        self.feesPage = QWidget()
        self.feesPage.setObjectName(u"feesPage")
        self.feesPageLayout = QVBoxLayout(self.feesPage)
        self.feesPageLayout.setObjectName(u"feesPageLayout")
        self.feesForm = QFormLayout()
        self.feesForm.setObjectName(u"feesForm")
        self.feeLines = QTableWidget(self.feesPage)
        self.feeLines.setObjectName(u"feeLines")
        self.feeLines.setMaximumSize(QSize(16777215, 140))

        self.feesForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.feeLines)

        self.feeTotalLabel = QLabel(self.feesPage)
        self.feeTotalLabel.setObjectName(u"feeTotalLabel")

        self.feesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.feeTotalLabel)

        self.feeTotal = QLabel(self.feesPage)
        self.feeTotal.setObjectName(u"feeTotal")
        self.feeTotal.setStyleSheet(u"font-weight:bold")

        self.feesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.feeTotal)

        self.methodLabel = QLabel(self.feesPage)
        self.methodLabel.setObjectName(u"methodLabel")

        self.feesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.method = QComboBox(self.feesPage)
        self.method.setObjectName(u"method")

        self.feesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.method)

        self.referenceLabel = QLabel(self.feesPage)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.feesForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.reference = QLineEdit(self.feesPage)
        self.reference.setObjectName(u"reference")

        self.feesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reference)

        self.cashReceivedLabel = QLabel(self.feesPage)
        self.cashReceivedLabel.setObjectName(u"cashReceivedLabel")

        self.feesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cashReceivedLabel)

        self.cashReceived = QLineEdit(self.feesPage)
        self.cashReceived.setObjectName(u"cashReceived")

        self.feesForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cashReceived)

        self.feesDone = QLabel(self.feesPage)
        self.feesDone.setObjectName(u"feesDone")
        self.feesDone.setWordWrap(True)

        self.feesForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.feesDone)


        self.feesPageLayout.addLayout(self.feesForm)

        self.feesPageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.feesPageLayout.addItem(self.feesPageSpacer)

        self.pages.addWidget(self.feesPage)
        self.inspectionPage = QWidget()
        self.inspectionPage.setObjectName(u"inspectionPage")
        self.inspectionPageLayout = QVBoxLayout(self.inspectionPage)
        self.inspectionPageLayout.setObjectName(u"inspectionPageLayout")
        self.inspectionForm = QFormLayout()
        self.inspectionForm.setObjectName(u"inspectionForm")
        self.engineerLabel = QLabel(self.inspectionPage)
        self.engineerLabel.setObjectName(u"engineerLabel")

        self.inspectionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.engineerLabel)

        self.engineer = QLineEdit(self.inspectionPage)
        self.engineer.setObjectName(u"engineer")
        self.engineer.setMaxLength(32)

        self.inspectionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.engineer)

        self.waterLabel = QLabel(self.inspectionPage)
        self.waterLabel.setObjectName(u"waterLabel")

        self.inspectionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.waterLabel)

        self.water = QLineEdit(self.inspectionPage)
        self.water.setObjectName(u"water")

        self.inspectionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.water)

        self.powerLabel = QLabel(self.inspectionPage)
        self.powerLabel.setObjectName(u"powerLabel")

        self.inspectionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.powerLabel)

        self.power = QLineEdit(self.inspectionPage)
        self.power.setObjectName(u"power")

        self.inspectionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.power)

        self.gasLabel = QLabel(self.inspectionPage)
        self.gasLabel.setObjectName(u"gasLabel")

        self.inspectionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.gasLabel)

        self.gas = QLineEdit(self.inspectionPage)
        self.gas.setObjectName(u"gas")

        self.inspectionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.gas)

        self.agreedLabel = QLabel(self.inspectionPage)
        self.agreedLabel.setObjectName(u"agreedLabel")

        self.inspectionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.agreedLabel)

        self.agreed = QCheckBox(self.inspectionPage)
        self.agreed.setObjectName(u"agreed")

        self.inspectionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.agreed)

        self.defectsLabel = QLabel(self.inspectionPage)
        self.defectsLabel.setObjectName(u"defectsLabel")

        self.inspectionForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.defectsLabel)

        self.defects = QPlainTextEdit(self.inspectionPage)
        self.defects.setObjectName(u"defects")
        self.defects.setTabChangesFocus(True)
        self.defects.setMaximumSize(QSize(16777215, 90))

        self.inspectionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.defects)

        self.inspectionDone = QLabel(self.inspectionPage)
        self.inspectionDone.setObjectName(u"inspectionDone")
        self.inspectionDone.setWordWrap(True)

        self.inspectionForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.inspectionDone)


        self.inspectionPageLayout.addLayout(self.inspectionForm)

        self.inspectionPageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.inspectionPageLayout.addItem(self.inspectionPageSpacer)

        self.pages.addWidget(self.inspectionPage)
        self.keysPage = QWidget()
        self.keysPage.setObjectName(u"keysPage")
        self.keysPageLayout = QVBoxLayout(self.keysPage)
        self.keysPageLayout.setObjectName(u"keysPageLayout")
        self.keysForm = QFormLayout()
        self.keysForm.setObjectName(u"keysForm")
        self.handedLabel = QLabel(self.keysPage)
        self.handedLabel.setObjectName(u"handedLabel")

        self.keysForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.handedLabel)

        self.handed = QSpinBox(self.keysPage)
        self.handed.setObjectName(u"handed")
        self.handed.setMinimum(0)
        self.handed.setMaximum(99)
        self.handed.setValue(4)

        self.keysForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.handed)

        self.keepLabel = QLabel(self.keysPage)
        self.keepLabel.setObjectName(u"keepLabel")

        self.keysForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.keepLabel)

        self.keep = QCheckBox(self.keysPage)
        self.keep.setObjectName(u"keep")

        self.keysForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.keep)

        self.piecesLabel = QLabel(self.keysPage)
        self.piecesLabel.setObjectName(u"piecesLabel")

        self.keysForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.piecesLabel)

        self.pieces = QSpinBox(self.keysPage)
        self.pieces.setObjectName(u"pieces")
        self.pieces.setMinimum(0)
        self.pieces.setMaximum(99)
        self.pieces.setValue(2)

        self.keysForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pieces)

        self.hookLabel = QLabel(self.keysPage)
        self.hookLabel.setObjectName(u"hookLabel")

        self.keysForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hookLabel)

        self.hook = QComboBox(self.keysPage)
        self.hook.setObjectName(u"hook")
        self.hook.setEditable(True)

        self.keysForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hook)

        self.contractorLabel = QLabel(self.keysPage)
        self.contractorLabel.setObjectName(u"contractorLabel")

        self.keysForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contractorLabel)

        self.contractor = QLineEdit(self.keysPage)
        self.contractor.setObjectName(u"contractor")

        self.keysForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contractor)

        self.emergencyLabel = QLabel(self.keysPage)
        self.emergencyLabel.setObjectName(u"emergencyLabel")

        self.keysForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emergencyLabel)

        self.emergency = QCheckBox(self.keysPage)
        self.emergency.setObjectName(u"emergency")

        self.keysForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emergency)

        self.keysSignatureLabel = QLabel(self.keysPage)
        self.keysSignatureLabel.setObjectName(u"keysSignatureLabel")

        self.keysForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.keysSignatureLabel)

        self.keysSignature = QWidget(self.keysPage)
        self.keysSignature.setObjectName(u"keysSignature")
        self.keysSignature.setMinimumSize(QSize(360, 110))

        self.keysForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.keysSignature)

        self.keysUnsignedLabel = QLabel(self.keysPage)
        self.keysUnsignedLabel.setObjectName(u"keysUnsignedLabel")

        self.keysForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.keysUnsignedLabel)

        self.keysUnsigned = QLineEdit(self.keysPage)
        self.keysUnsigned.setObjectName(u"keysUnsigned")

        self.keysForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.keysUnsigned)


        self.keysPageLayout.addLayout(self.keysForm)

        self.keysPageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.keysPageLayout.addItem(self.keysPageSpacer)

        self.pages.addWidget(self.keysPage)
        self.finishPage = QWidget()
        self.finishPage.setObjectName(u"finishPage")
        self.finishPageLayout = QVBoxLayout(self.finishPage)
        self.finishPageLayout.setObjectName(u"finishPageLayout")
        self.finishForm = QFormLayout()
        self.finishForm.setObjectName(u"finishForm")
        self.missing = QLabel(self.finishPage)
        self.missing.setObjectName(u"missing")
        self.missing.setWordWrap(True)

        self.finishForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.missing)

        self.moveInDateLabel = QLabel(self.finishPage)
        self.moveInDateLabel.setObjectName(u"moveInDateLabel")

        self.finishForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.moveInDateLabel)

        self.moveInDate = QDateEdit(self.finishPage)
        self.moveInDate.setObjectName(u"moveInDate")
        self.moveInDate.setCalendarPopup(True)
        self.moveInDate.setDisplayFormat(u"yyyy-MM-dd")

        self.finishForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.moveInDate)

        self.custodyLabel = QLabel(self.finishPage)
        self.custodyLabel.setObjectName(u"custodyLabel")

        self.finishForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.custodyLabel)

        self.custody = QCheckBox(self.finishPage)
        self.custody.setObjectName(u"custody")

        self.finishForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.custody)


        self.finishPageLayout.addLayout(self.finishForm)

        self.finishPageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.finishPageLayout.addItem(self.finishPageSpacer)

        self.pages.addWidget(self.finishPage)

        self.pageColumn.addWidget(self.pages)


        self.body.addLayout(self.pageColumn)


        self.layout.addLayout(self.body)

        self.hint = QLabel(MoveInDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color:#666")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.doButton = QPushButton(MoveInDialog)
        self.doButton.setObjectName(u"doButton")

        self.actions.addWidget(self.doButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actionsSpacer)

        self.buttons = QDialogButtonBox(MoveInDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.actions.addWidget(self.buttons)


        self.layout.addLayout(self.actions)

#if QT_CONFIG(shortcut)
        self.stepsLabel.setBuddy(self.steps)
        self.whoLabel.setBuddy(self.who)
        self.ownerLabel.setBuddy(self.owner)
        self.agentLabel.setBuddy(self.agent)
        self.documentsLabel.setBuddy(self.documents)
        self.deliveredOnLabel.setBuddy(self.deliveredOn)
        self.noteLabel.setBuddy(self.note)
        self.formsLabel.setBuddy(self.forms)
        self.itemsLabel.setBuddy(self.items)
        self.itemsUnsignedLabel.setBuddy(self.itemsUnsigned)
        self.methodLabel.setBuddy(self.method)
        self.referenceLabel.setBuddy(self.reference)
        self.cashReceivedLabel.setBuddy(self.cashReceived)
        self.engineerLabel.setBuddy(self.engineer)
        self.waterLabel.setBuddy(self.water)
        self.powerLabel.setBuddy(self.power)
        self.gasLabel.setBuddy(self.gas)
        self.agreedLabel.setBuddy(self.agreed)
        self.defectsLabel.setBuddy(self.defects)
        self.handedLabel.setBuddy(self.handed)
        self.keepLabel.setBuddy(self.keep)
        self.piecesLabel.setBuddy(self.pieces)
        self.hookLabel.setBuddy(self.hook)
        self.contractorLabel.setBuddy(self.contractor)
        self.emergencyLabel.setBuddy(self.emergency)
        self.keysUnsignedLabel.setBuddy(self.keysUnsigned)
        self.moveInDateLabel.setBuddy(self.moveInDate)
        self.custodyLabel.setBuddy(self.custody)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MoveInDialog)
    # setupUi

    def retranslateUi(self, MoveInDialog):
        MoveInDialog.setWindowTitle(QCoreApplication.translate("MoveInDialog", u"Move-in", None))
        self.stepsLabel.setText(QCoreApplication.translate("MoveInDialog", u"S&teps", None))
        self.whoLabel.setText(QCoreApplication.translate("MoveInDialog", u"&Who comes *", None))
        self.ownerLabel.setText(QCoreApplication.translate("MoveInDialog", u"&Owner (as registered) *", None))
        self.agentLabel.setText(QCoreApplication.translate("MoveInDialog", u"&Agent or company's \u7ecf\u529e\u4eba", None))
        self.documentsLabel.setText(QCoreApplication.translate("MoveInDialog", u"&Documents seen *", None))
        self.deliveredOnLabel.setText(QCoreApplication.translate("MoveInDialog", u"Deli&very date (on the notice) *", None))
        self.noteLabel.setText(QCoreApplication.translate("MoveInDialog", u"&Note", None))
        self.formsLabel.setText(QCoreApplication.translate("MoveInDialog", u"&Forms filled and signed *", None))
        self.itemsLabel.setText(QCoreApplication.translate("MoveInDialog", u"&Items handed over *", None))
        self.itemsSignatureLabel.setText(QCoreApplication.translate("MoveInDialog", u"Owner's signature", None))
        self.itemsUnsignedLabel.setText(QCoreApplication.translate("MoveInDialog", u"Not signed, because (&Y)", None))
        self.feeTotalLabel.setText(QCoreApplication.translate("MoveInDialog", u"Total", None))
        self.methodLabel.setText(QCoreApplication.translate("MoveInDialog", u"&Method *", None))
        self.referenceLabel.setText(QCoreApplication.translate("MoveInDialog", u"&Reference (non-cash)", None))
        self.cashReceivedLabel.setText(QCoreApplication.translate("MoveInDialog", u"&Cash received", None))
        self.engineerLabel.setText(QCoreApplication.translate("MoveInDialog", u"&Engineer *", None))
        self.waterLabel.setText(QCoreApplication.translate("MoveInDialog", u"&Water meter *", None))
        self.powerLabel.setText(QCoreApplication.translate("MoveInDialog", u"E&lectricity meter *", None))
        self.gasLabel.setText(QCoreApplication.translate("MoveInDialog", u"&Gas meter *", None))
        self.agreedLabel.setText("")
        self.agreed.setText(QCoreApplication.translate("MoveInDialog", u"Owner and engineer &agree the readings", None))
        self.defectsLabel.setText(QCoreApplication.translate("MoveInDialog", u"&Defects found, one per line", None))
        self.handedLabel.setText(QCoreApplication.translate("MoveInDialog", u"Keys &handed over *", None))
        self.keepLabel.setText("")
        self.keep.setText(QCoreApplication.translate("MoveInDialog", u"&Keep a set for the rectification (the owner agrees)", None))
        self.piecesLabel.setText(QCoreApplication.translate("MoveInDialog", u"Keys ke&pt", None))
        self.hookLabel.setText(QCoreApplication.translate("MoveInDialog", u"H&ook", None))
        self.contractorLabel.setText(QCoreApplication.translate("MoveInDialog", u"May also be &collected by (contractor)", None))
        self.emergencyLabel.setText("")
        self.emergency.setText(QCoreApplication.translate("MoveInDialog", u"&Emergency entry allowed", None))
        self.keysSignatureLabel.setText(QCoreApplication.translate("MoveInDialog", u"Owner's signature", None))
        self.keysUnsignedLabel.setText(QCoreApplication.translate("MoveInDialog", u"Not signed, because (&Y)", None))
        self.moveInDateLabel.setText(QCoreApplication.translate("MoveInDialog", u"Move-in &date *", None))
        self.custodyLabel.setText("")
        self.custody.setText(QCoreApplication.translate("MoveInDialog", u"Put the room in &custody instead (the owner will not move in)", None))
        self.doButton.setText(QCoreApplication.translate("MoveInDialog", u"Complete the &step (Ctrl+Enter)", None))
    # retranslateUi

