# cmake -P no-secret-in-output.cmake TEST_PROGRAM [ARGS...]
#
# Runs a test program as ctest would and fails when any password of the PostgreSQL test
# server (the last field of each PGPASSFILE line) appears in its standard output or error,
# which is exactly what ctest shows and logs (--output-on-failure, -V, LastTest.log). The
# output is passed on with every password replaced, so that not even this failure prints one.
if(CMAKE_ARGC LESS 4)
    message(FATAL_ERROR "usage: cmake -P no-secret-in-output.cmake TEST_PROGRAM [ARGS...]")
endif()
set(command)
foreach(i RANGE 3 ${CMAKE_ARGC})
    if(i LESS CMAKE_ARGC)
        list(APPEND command "${CMAKE_ARGV${i}}")
    endif()
endforeach()

if(NOT EXISTS "$ENV{PGPASSFILE}")
    message(FATAL_ERROR "PGPASSFILE is not set or missing: the test server's passwords are unknown")
endif()
file(STRINGS "$ENV{PGPASSFILE}" entries)
set(passwords)
foreach(entry IN LISTS entries)
    # host:port:database:user:password; the test server's passwords are hex, without ':' or ';'.
    string(REPLACE ":" ";" fields "${entry}")
    list(LENGTH fields count)
    if(count EQUAL 5)
        list(GET fields 4 password)
        list(APPEND passwords "${password}")
    endif()
endforeach()
if(NOT passwords)
    message(FATAL_ERROR "no password found in PGPASSFILE")
endif()

execute_process(COMMAND ${command} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)

set(leaked FALSE)
foreach(password IN LISTS passwords)
    string(FIND "${output}" "${password}" at)
    if(NOT at EQUAL -1)
        set(leaked TRUE)
        string(REPLACE "${password}" "<password>" output "${output}")
    endif()
endforeach()
message(NOTICE "${output}")
if(leaked)
    message(FATAL_ERROR "the password appeared in the ctest output (shown above as <password>)")
endif()
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${CMAKE_ARGV3} failed: ${result}")
endif()
