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

    /**
     * True when {@code a} becomes {@code b} by at most {@code max} insertions, deletions, substitutions or swaps of
     * adjacent letters (optimal string alignment distance), computed in a band of width {@code max}.
     */
    static boolean within(String a, String b, int max) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > max) {
            return false;
        }
        int[] previous2 = new int[lb + 1];
        int[] previous = new int[lb + 1];
        int[] current = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= la; i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= lb; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, previous2[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > max) {
                return false;
            }
            int[] recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return previous[lb] <= max;
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
