import ArgumentParser
import Ronten

/// `--shard i/n`, shared by every command that reads articles.
struct ShardOption: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Keep only shard i of n (i from 0): the files whose path, relative to the folder given, hashes to i modulo n. n machines given the same PATHs and 0/n … n-1/n split the work with no coordination.",
        valueName: "i/n"), transform: { text in
            do {
                return try Shard(parsing: text)
            } catch {
                throw ValidationError("\(error)")
            }
        })
    var shard: Shard?

    /// The inputs this shard keeps; all of them without `--shard`.
    func select(_ inputs: [Input], arguments: [String]) -> [Input] {
        shard.map { $0.select(inputs, arguments: arguments) } ?? inputs
    }
}
