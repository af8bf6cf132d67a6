#if canImport(Glibc)
import Glibc
#endif

extension Batch {
    /// Hands memory freed by a finished batch back to the system. glibc keeps
    /// what a worker thread freed in that thread's arena, counted in the
    /// process's resident size, until it is trimmed; a step that runs after
    /// a batch and needs much memory of its own (`report`'s index of every
    /// article) would otherwise peak at the sum of both.
    public static func releaseFreedMemory() {
        #if canImport(Glibc)
        // Not in the Glibc module's headers; looked up once, by name (RTLD_DEFAULT is 0).
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        typealias Trim = @convention(c) (Int) -> Int32
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}
