#pragma once

#include <QList>
#include <QString>

// What an old and a new version of a clean text have in common: the runs of characters that
// stayed the same, in order. Found paragraph by paragraph first (paragraphs that are equal in
// both, aligned by a longest common subsequence), then by character inside the paragraphs that
// changed (their common beginning and end). Run boundaries never split a surrogate pair or a
// letter from its combining marks. A pure function of the two texts; offsets are UTF-16.
class TextDiff final {
public:
    struct Run {
        int oldStart = 0;
        int newStart = 0;
        int length = 0;
        int oldEnd() const { return oldStart + length; }
        int newEnd() const { return newStart + length; }
        friend bool operator==(const Run&, const Run&) = default;
    };

    static TextDiff between(const QString& oldText, const QString& newText);

    const QList<Run>& runs() const { return m_runs; }

    // The new offset of the old span [start, end) when one run holds all of it: the span's text
    // is unchanged and simply moved. -1 otherwise.
    int shiftedStart(int start, int end) const;
    // The new offset of an old offset that lies inside a run (as a start: before a character
    // that stayed; as an end: after one). -1 when the character next to it changed.
    int mapStart(int oldOffset) const;
    int mapEnd(int oldOffset) const;
    // Where an old offset lands roughly: exactly inside a run, else at the same proportion of
    // the changed stretch that replaced the one it was in. Always within the new text.
    int approximate(int oldOffset) const;

private:
    QList<Run> m_runs;
    int m_oldSize = 0;
    int m_newSize = 0;
};
