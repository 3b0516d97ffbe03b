# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)

from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(620, 360)
        self.layout = QVBoxLayout(ImportDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ImportDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.path = QLineEdit(ImportDialog)
        self.path.setObjectName(u"path")
        self.path.setReadOnly(True)

        self.fileRow.addWidget(self.path)

        self.chooseButton = QPushButton(ImportDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileRow.addWidget(self.chooseButton)


        self.layout.addLayout(self.fileRow)

        self.strict = QCheckBox(ImportDialog)
        self.strict.setObjectName(u"strict")

        self.layout.addWidget(self.strict)

        self.progress = QProgressBar(ImportDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setValue(0)

        self.layout.addWidget(self.progress)

        self.result = QLabel(ImportDialog)
        self.result.setObjectName(u"result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.result)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.errorsButton = QPushButton(ImportDialog)
        self.errorsButton.setObjectName(u"errorsButton")
        self.errorsButton.setEnabled(False)

        self.buttonRow.addWidget(self.errorsButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.startButton = QPushButton(ImportDialog)
        self.startButton.setObjectName(u"startButton")
        self.startButton.setEnabled(False)

        self.buttonRow.addWidget(self.startButton)

        self.closeButton = QPushButton(ImportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)


        self.retranslateUi(ImportDialog)

        self.startButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import the owners' roster", None))
        self.chooseButton.setText(QCoreApplication.translate("ImportDialog", u"&Choose file\u2026", None))
        self.strict.setText(QCoreApplication.translate("ImportDialog", u"&Strict: import nothing if any row is bad", None))
        self.errorsButton.setText(QCoreApplication.translate("ImportDialog", u"Save the &rejected rows\u2026", None))
        self.startButton.setText(QCoreApplication.translate("ImportDialog", u"&Import", None))
        self.closeButton.setText(QCoreApplication.translate("ImportDialog", u"&Close", None))
    # retranslateUi

