// Placeholder: the libFuzzer entry point lands with `make fuzz`.
print("build with: swift build -c debug -Xswiftc -sanitize=fuzzer,address --product ronten-fuzz")
