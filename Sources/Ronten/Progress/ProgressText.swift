/// The words of a progress line: `812/1854 articles · 94/s · 0:11 left`.
public enum ProgressText {
    /// - Parameter elapsed: seconds since the run started.
    public static func running(done: Int, total: Int, elapsed: Double) -> String {
        guard done > 0, elapsed > 0 else { return "\(done)/\(total) articles" }
        let rate = Double(done) / elapsed
        let left = Double(total - done) / rate
        return "\(done)/\(total) articles · \(self.rate(rate)) · \(duration(left)) left"
    }

    /// The last line written where the line cannot be redrawn.
    public static func finished(done: Int, total: Int, elapsed: Double) -> String {
        let rate = elapsed > 0 ? " · " + self.rate(Double(done) / elapsed) : ""
        return "\(done)/\(total) articles\(rate) · \(duration(elapsed, rounding: .toNearestOrAwayFromZero)) in all"
    }

    /// Articles per second: whole above 10, one decimal below.
    static func rate(_ perSecond: Double) -> String {
        if perSecond >= 10 { return "\(Int(perSecond.rounded()))/s" }
        let tenths = Int((perSecond * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)/s"
    }

    /// `0:11`, `12:04`, `1:02:03`; time left is rounded up, so a run never
    /// shows `0:00 left` while it has work to do.
    static func duration(_ seconds: Double, rounding: FloatingPointRoundingRule = .up) -> String {
        let total = seconds.isFinite ? max(0, Int(seconds.rounded(rounding))) : 0
        let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(rest))" : "\(minutes):\(two(rest))"
    }
}
