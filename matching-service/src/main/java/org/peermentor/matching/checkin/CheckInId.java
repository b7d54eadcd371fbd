package org.peermentor.matching.checkin;

/** Which check-in of which pairing: written {@code <pairingId>-c<number>} in links and events. */
record CheckInId(String pairingId, int number) {

    private static final String MARK = "-c";

    static String of(String pairingId, int number) {
        return pairingId + MARK + number;
    }

    /** The check-in an id names; {@code null} when it names none (a link copied incompletely, or made up). */
    static CheckInId parse(String checkInId) {
        int mark = checkInId == null ? -1 : checkInId.lastIndexOf(MARK);
        if (mark <= 0) {
            return null;
        }
        try {
            int number = Integer.parseInt(checkInId.substring(mark + MARK.length()));
            return number > 0 ? new CheckInId(checkInId.substring(0, mark), number) : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    @Override
    public String toString() {
        return of(pairingId, number);
    }
}
