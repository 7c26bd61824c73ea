package dev.handover.scenario;

/** Damerau-style closeness of two words, for tolerating one typo. */
final class EditDistance {

    private EditDistance() {
    }

    /** True when {@code a} becomes {@code b} by at most one insertion, deletion, substitution or swap. */
    static boolean withinOne(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la || i == lb) {
            return true;
        }
        if (la == lb) {
            String restA = a.substring(i + 1);
            String restB = b.substring(i + 1);
            boolean swap = i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
            return restA.equals(restB) || swap;
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    /** True when {@code b} is {@code a} with two adjacent letters swapped. */
    static boolean isSwap(String a, String b) {
        if (a.length() != b.length() || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }
}
