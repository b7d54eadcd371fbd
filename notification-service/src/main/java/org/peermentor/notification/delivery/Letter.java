package org.peermentor.notification.delivery;

import org.peermentor.notification.contact.Contact;

/** A delivery decided for sending, with the two people it is about; {@link Letters} writes its email. */
record Letter(Delivery delivery, Contact recipient, Contact partner) {}
