#include <cmark.h>

/* The arena of the CMarkDocument whose call into cmark is running on this
 * thread (see NodeArena in CMarkDocument.swift). cmark's allocator callbacks
 * get no context, so they read it here: a thread-local variable is a load
 * from the thread pointer, where pthread_getspecific was a call (30 M
 * instructions a 197-page report). Weak, so that every object file that
 * compiles these accessors shares the one variable. */
__attribute__((weak)) _Thread_local void *ronten_cmark_arena = 0;

static inline void *ronten_cmark_current_arena(void) { return ronten_cmark_arena; }

static inline void ronten_cmark_enter_arena(void *arena) { ronten_cmark_arena = arena; }
