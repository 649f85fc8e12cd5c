package sa.silah.letters;

/** A line of a printed letter in visual order, and whether its paragraph runs right to left (and so aligns right). */
record PrintedLine(String visual, boolean rightToLeft) {
}
