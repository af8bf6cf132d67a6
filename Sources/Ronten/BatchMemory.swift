#if canImport(Glibc)
import Glibc
#endif

extension Batch {
    /// Hands memory freed by a finished batch back to the system. An
    /// allocator keeps what worker threads freed, counted in the process's
    /// resident size, until asked to let it go; a step that runs after a
    /// batch and needs much memory of its own (`report`'s index of every
    /// article) would otherwise peak at the sum of both. The `ronten`
    /// command allocates with mimalloc (`mi_collect`); a program linking
    /// this library without it has glibc's malloc (`malloc_trim`).
    public static func releaseFreedMemory() {
        #if canImport(Glibc)
        // Neither is in the Glibc module's headers: looked up by name (RTLD_DEFAULT is 0).
        if let symbol = dlsym(nil, "mi_collect") {
            typealias Collect = @convention(c) (Bool) -> Void
            unsafeBitCast(symbol, to: Collect.self)(true)
            return
        }
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        typealias Trim = @convention(c) (Int) -> Int32
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}
