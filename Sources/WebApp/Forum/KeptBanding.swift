import Foundation
import Forum
import Synchronization

/// How days are banded ("this week", then the month), worked out once a day rather than on every
/// page: finding the start of the week through Foundation's calendar was a fiftieth of a thread
/// page. A banding is kept only for the day it was made in (`CoarseTime.Banding.holds`), so the
/// week still turns at midnight, and a clock set back or forward makes a new one.
final class KeptBanding: Sendable {
    private let calendar: Calendar
    private let kept = Mutex<CoarseTime.Banding?>(nil)

    init(calendar: Calendar) { self.calendar = calendar }

    func banding(at now: Date) -> CoarseTime.Banding {
        if let banding = kept.withLock({ $0 }), banding.holds.contains(now) { return banding }
        let banding = CoarseTime.Banding(now: now, calendar: calendar)
        kept.withLock { $0 = banding }
        return banding
    }
}
