extension Shard {
    /// The inputs of this shard, in their order.
    ///
    /// - Parameter arguments: the PATH arguments the inputs were collected
    ///   from. A file found in a folder is hashed by its path relative to that
    ///   folder, so machines that mount the tree in different places agree.
    public func select(_ inputs: [Input], arguments: [String]) -> [Input] {
        inputs.filter { contains(path: Self.shardPath(of: $0.displayPath, arguments: arguments)) }
    }

    /// The path that decides an input's shard: relative to the first PATH
    /// argument that is a folder holding it (the one the collector found it
    /// under, since it keeps the first copy), else the path as given.
    public static func shardPath(of path: String, arguments: [String]) -> String {
        for argument in arguments where argument != "-" && argument != path {
            let folder = argument.hasSuffix("/") ? argument : argument + "/"
            if path.hasPrefix(folder) { return String(path.dropFirst(folder.count)) }
        }
        return path
    }
}
