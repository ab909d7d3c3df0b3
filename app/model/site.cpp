#include "model/site.h"
// Implemented by the store work.
