// OpenSSL 3 marks the one-call SHA-256 functions deprecated in favour of
// EVP, whose context is a heap handle; the plain SHA256_CTX struct keeps
// Ronten's hasher a copyable value. Both run the same SHA-NI/AVX code.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>
