# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)

from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_StoreProblemDialog(object):
    def setupUi(self, StoreProblemDialog):
        if not StoreProblemDialog.objectName():
            StoreProblemDialog.setObjectName(u"StoreProblemDialog")
        StoreProblemDialog.resize(620, 400)
        self.layout = QVBoxLayout(StoreProblemDialog)
        self.layout.setObjectName(u"layout")
        self.message = QLabel(StoreProblemDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.message)

        self.advice = QLabel(StoreProblemDialog)
        self.advice.setObjectName(u"advice")
        self.advice.setWordWrap(True)

        self.layout.addWidget(self.advice)

        self.backups = QListWidget(StoreProblemDialog)
        self.backups.setObjectName(u"backups")

        self.layout.addWidget(self.backups)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.quitButton = QPushButton(StoreProblemDialog)
        self.quitButton.setObjectName(u"quitButton")

        self.buttonRow.addWidget(self.quitButton)

        self.retryButton = QPushButton(StoreProblemDialog)
        self.retryButton.setObjectName(u"retryButton")

        self.buttonRow.addWidget(self.retryButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer)

        self.chooseButton = QPushButton(StoreProblemDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.buttonRow.addWidget(self.chooseButton)

        self.restoreButton = QPushButton(StoreProblemDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonRow.addWidget(self.restoreButton)


        self.layout.addLayout(self.buttonRow)


        self.retranslateUi(StoreProblemDialog)

        self.restoreButton.setDefault(True)

    # setupUi

    def retranslateUi(self, StoreProblemDialog):
        StoreProblemDialog.setWindowTitle(QCoreApplication.translate("StoreProblemDialog", u"The data cannot be opened", None))
        self.quitButton.setText(QCoreApplication.translate("StoreProblemDialog", u"&Quit", None))
        self.retryButton.setText(QCoreApplication.translate("StoreProblemDialog", u"&Try again", None))
        self.chooseButton.setText(QCoreApplication.translate("StoreProblemDialog", u"Restore from &another file\u2026", None))
        self.restoreButton.setText(QCoreApplication.translate("StoreProblemDialog", u"&Restore the selected backup", None))
    # retranslateUi

