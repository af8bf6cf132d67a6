import CMeCab
import Foundation

// The only file that touches MeCab's C API: it loads the model, runs the
// lattice and hands each morpheme on as plain offsets and bytes, so nothing
// from C escapes into the rest of the module or its public API.

/// A loaded MeCab dictionary and configuration.
///
/// Loading reads tens of megabytes, so a process loads one model and every
/// task makes its own ``MeCabTagger`` from it.
public final class MeCabModel: @unchecked Sendable {
    // @unchecked is safe: MeCab documents its Model as thread-safe (taggers and
    // lattices are not, which is why they live in the task-confined
    // MeCabTagger), `handle` never changes after init, and the only calls made
    // on it are mecab_model_new_tagger/new_lattice and mecab_model_destroy in
    // deinit, which runs once no tagger (each holds a strong reference) is left.
    private let handle: OpaquePointer

    /// The dictionary directory given at load time; nil when MeCab chose it
    /// from its configuration file (mecabrc).
    public let dictionaryDirectory: String?

    /// The environment variable that names a dictionary directory for ``shared()``.
    public static let dictionaryDirectoryVariable = "RONTEN_MECAB_DICDIR"

    /// Loads a dictionary: the one in `dictionaryDirectory` (a directory
    /// holding sys.dic and dicrc), or MeCab's default from mecabrc when nil.
    public init(dictionaryDirectory: String? = nil) throws(MeCabLoadError) {
        var arguments = ["mecab"]
        if let dictionaryDirectory {
            // An explicit dictionary must work where no mecabrc exists, and
            // argv rather than mecab_model_new2's one string keeps paths with
            // spaces whole.
            arguments += ["--rcfile", "/dev/null", "--dicdir", dictionaryDirectory]
        }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        defer { for argument in argv { free(argument) } }
        let model = argv.withUnsafeMutableBufferPointer { buffer in
            mecab_model_new(Int32(arguments.count), buffer.baseAddress)
        }
        guard let model else {
            let message = mecab_strerror(nil).map { String(cString: $0) } ?? ""
            throw MeCabLoadError(mecabMessage: message, dictionaryDirectory: dictionaryDirectory)
        }
        self.handle = model
        self.dictionaryDirectory = dictionaryDirectory
    }

    deinit {
        mecab_model_destroy(handle)
    }

    /// The process-wide model, loaded on first use from the directory in
    /// `RONTEN_MECAB_DICDIR` when set, else from MeCab's mecabrc. A failure
    /// is remembered: every later call throws the same error.
    public static func shared() throws(MeCabLoadError) -> MeCabModel {
        try sharedModel.get()
    }

    // A static let is initialised once, thread-safely, on first access.
    private static let sharedModel: Result<MeCabModel, MeCabLoadError> = {
        let directory = ProcessInfo.processInfo.environment[dictionaryDirectoryVariable]
        do throws(MeCabLoadError) {
            return .success(try MeCabModel(dictionaryDirectory: directory?.isEmpty == false ? directory : nil))
        } catch {
            return .failure(error)
        }
    }()

    /// A tagger for the calling task; keep it in that task.
    public func makeTagger() throws(MeCabLoadError) -> MeCabTagger {
        try MeCabTagger(model: self)
    }

    fileprivate func newTaggerAndLattice() -> (tagger: OpaquePointer, lattice: OpaquePointer)? {
        guard let tagger = mecab_model_new_tagger(handle) else { return nil }
        guard let lattice = mecab_model_new_lattice(handle) else {
            mecab_destroy(tagger)
            return nil
        }
        return (tagger, lattice)
    }
}

/// One task's MeCab tagger and lattice. MeCab's tagger and lattice are not
/// thread-safe, so this is not `Sendable`: make one per task with
/// ``MeCabModel/makeTagger()``.
public final class MeCabTagger {
    /// Keeps the model, whose dictionary memory the nodes point into, alive.
    public let model: MeCabModel
    private let tagger: OpaquePointer
    private let lattice: OpaquePointer

    public init(model: MeCabModel) throws(MeCabLoadError) {
        guard let handles = model.newTaggerAndLattice() else {
            let message = mecab_strerror(nil).map { String(cString: $0) } ?? ""
            throw MeCabLoadError(.taggerNotCreated, path: nil, mecabMessage: message)
        }
        self.model = model
        self.tagger = handles.tagger
        self.lattice = handles.lattice
    }

    deinit {
        mecab_lattice_destroy(lattice)
        mecab_destroy(tagger)
    }

    /// Runs MeCab on `sentence` and calls `visit` with each morpheme in order.
    /// The morpheme's `feature` bytes are valid only during the call. Returns
    /// MeCab's error message when it could not analyse the sentence.
    func parse(_ sentence: UnsafeBufferPointer<UInt8>, _ visit: (MeCabMorpheme) -> Void) -> String? {
        guard !sentence.isEmpty else { return nil }
        // MeCab is given a length, yet where only spaces are left its
        // dictionary lookup measures the rest with strlen: without a NUL
        // after the sentence that read runs past the buffer (found by fuzzing).
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: sentence.count + 1) { copy in
            let base = copy.baseAddress!
            UnsafeMutableRawPointer(base).copyMemory(from: sentence.baseAddress!, byteCount: sentence.count)
            base[sentence.count] = 0
            return parse(terminated: UnsafePointer(base), count: sentence.count, visit)
        }
    }

    private func parse(terminated characters: UnsafePointer<CChar>, count: Int, _ visit: (MeCabMorpheme) -> Void) -> String? {
        // The lattice keeps the pointer without copying; clear it before the
        // buffer goes away.
        mecab_lattice_set_sentence2(lattice, characters, count)
        defer { mecab_lattice_clear(lattice) }
        guard mecab_parse_lattice(tagger, lattice) != 0 else {
            return mecab_lattice_strerror(lattice).map { String(cString: $0) } ?? "MeCab could not parse the sentence"
        }
        var node = mecab_lattice_get_bos_node(lattice)?.pointee.next
        while let current = node {
            let stat = Int32(current.pointee.stat)
            if stat == MECAB_EOS_NODE { break }
            if stat == MECAB_NOR_NODE || stat == MECAB_UNK_NODE, let surface = current.pointee.surface {
                // The surface is a pointer into our buffer (leading whitespace
                // already skipped), not a NUL-terminated copy.
                let start = characters.distance(to: surface)
                // Not measured here: most words were seen before, and the
                // cache knows them by address (see IPADICEntryCache).
                let feature = current.pointee.feature.map { UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) }
                visit(MeCabMorpheme(start: start, end: start + Int(current.pointee.length), featureStart: feature,
                                    isUnknown: stat == MECAB_UNK_NODE))
            }
            node = current.pointee.next
        }
        return nil
    }
}

@available(*, unavailable, message: "MeCab's tagger and lattice are not thread-safe: make one tagger per task")
extension MeCabTagger: Sendable {}

/// One node of MeCab's best path, borrowed from the lattice.
struct MeCabMorpheme {
    /// Byte offsets in the parsed buffer.
    var start: Int
    var end: Int
    /// The NUL-terminated feature CSV (`名詞,サ変接続,*,…`). It lives in the
    /// model's mapped dictionary, so its address identifies the dictionary
    /// entry for as long as the model lives.
    var featureStart: UnsafePointer<UInt8>?
    var isUnknown: Bool

    /// The feature CSV measured (a strlen): only for a word not seen before.
    var feature: UnsafeBufferPointer<UInt8> {
        guard let featureStart else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: featureStart, count: strlen(UnsafeRawPointer(featureStart).assumingMemoryBound(to: CChar.self)))
    }
}
