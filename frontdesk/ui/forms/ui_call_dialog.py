# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateTimeEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

class Ui_CallDialog(object):
    def setupUi(self, CallDialog):
        if not CallDialog.objectName():
            CallDialog.setObjectName(u"CallDialog")
        CallDialog.resize(560, 300)
        self.layout = QVBoxLayout(CallDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.atLabel = QLabel(CallDialog)
        self.atLabel.setObjectName(u"atLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.atLabel)

        self.at = QDateTimeEdit(CallDialog)
        self.at.setObjectName(u"at")
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.at)

        self.roomLabel = QLabel(CallDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.roomHolder = QWidget(CallDialog)
        self.roomHolder.setObjectName(u"roomHolder")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roomHolder)

        self.channelLabel = QLabel(CallDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channel = QComboBox(CallDialog)
        self.channel.setObjectName(u"channel")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.channel)

        self.callerLabel = QLabel(CallDialog)
        self.callerLabel.setObjectName(u"callerLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.callerLabel)

        self.caller = QLineEdit(CallDialog)
        self.caller.setObjectName(u"caller")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.caller)

        self.phoneLabel = QLabel(CallDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(CallDialog)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone)

        self.contentLabel = QLabel(CallDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.content = QPlainTextEdit(CallDialog)
        self.content.setObjectName(u"content")
        self.content.setTabChangesFocus(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.content)

        self.answerLabel = QLabel(CallDialog)
        self.answerLabel.setObjectName(u"answerLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.answerLabel)

        self.answer = QPlainTextEdit(CallDialog)
        self.answer.setObjectName(u"answer")
        self.answer.setTabChangesFocus(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.answer)

        self.promisedLabel = QLabel(CallDialog)
        self.promisedLabel.setObjectName(u"promisedLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.promisedLabel)

        self.promised = QDateTimeEdit(CallDialog)
        self.promised.setObjectName(u"promised")
        self.promised.setCalendarPopup(True)
        self.promised.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.promised)

        self.promiseLabel = QLabel(CallDialog)
        self.promiseLabel.setObjectName(u"promiseLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.promiseLabel)

        self.promise = QCheckBox(CallDialog)
        self.promise.setObjectName(u"promise")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.promise)


        self.layout.addLayout(self.form)

        self.hint = QLabel(CallDialog)
        self.hint.setObjectName(u"hint")

        self.layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(CallDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.atLabel.setBuddy(self.at)
        self.channelLabel.setBuddy(self.channel)
        self.callerLabel.setBuddy(self.caller)
        self.phoneLabel.setBuddy(self.phone)
        self.contentLabel.setBuddy(self.content)
        self.answerLabel.setBuddy(self.answer)
        self.promisedLabel.setBuddy(self.promised)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CallDialog)
    # setupUi

    def retranslateUi(self, CallDialog):
        CallDialog.setWindowTitle(QCoreApplication.translate("CallDialog", u"Log a call or visit", None))
        self.atLabel.setText(QCoreApplication.translate("CallDialog", u"&Time", None))
        self.roomLabel.setText(QCoreApplication.translate("CallDialog", u"&Room", None))
        self.channelLabel.setText(QCoreApplication.translate("CallDialog", u"C&hannel", None))
        self.callerLabel.setText(QCoreApplication.translate("CallDialog", u"&Caller", None))
        self.phoneLabel.setText(QCoreApplication.translate("CallDialog", u"&Phone", None))
        self.contentLabel.setText(QCoreApplication.translate("CallDialog", u"&What was asked *", None))
        self.answerLabel.setText(QCoreApplication.translate("CallDialog", u"&Answer given", None))
        self.promisedLabel.setText(QCoreApplication.translate("CallDialog", u"Reply &promised by", None))
        self.promise.setText(QCoreApplication.translate("CallDialog", u"An expert must answer: promise a reply time", None))
    # retranslateUi

