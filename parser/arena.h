/* arena.h - a bump allocator; everything in it dies with arena_free().
 * Allocation failure aborts (the front end has no partial-failure path). */
#ifndef UCSH_ARENA_H
#define UCSH_ARENA_H

#include <stddef.h>

typedef struct ArenaChunk ArenaChunk;
typedef struct Arena {
  ArenaChunk *head;
  size_t used, cap; /* within head */
} Arena;

Arena *arena_new(void);
void arena_free(Arena *a); /* NULL is fine */
void *arena_alloc(Arena *a, size_t n);              /* zeroed, 16-aligned */
char *arena_strndup(Arena *a, const char *s, size_t n); /* NUL-terminated copy */

#endif
