package org.peermentor.notification.mail;

/** Words of a {@link MailLanguage} used where a value is missing, and the word joining the last two formats ("or"). */
record Phrases(String noRecipientName, String noMentee, String noMentor, String anyFormat, String lastOr) {}
