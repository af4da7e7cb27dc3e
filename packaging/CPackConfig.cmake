# Installation layout and the Debian package (cpack -G DEB). Dependencies on Debian's Qt 6 runtime
# packages are computed by dpkg-shlibdeps from the binaries.
install(FILES ${PROJECT_SOURCE_DIR}/packaging/safetynet.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/io.github.safetynet.SafetyNet.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/packaging/icons/ DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/safetynet-cli.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# /usr/share/doc/<package>, beside the handbook's PDF (resources/handbook)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/safetynet)

set(CPACK_PACKAGE_NAME "safetynet")
set(CPACK_PACKAGE_VENDOR "SafetyNet")
set(CPACK_PACKAGE_CONTACT "SafetyNet maintainers <safetynet@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Case management for township social-assistance windows (安全网)")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The QSQLITE driver and the platform plugins are loaded at run time, so dpkg-shlibdeps cannot see them.
# libqt6help6 is linked (dpkg-shlibdeps finds it); its search index is kept in SQLite through the QSQLITE driver.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6help6, fonts-noto-cjk | fonts-wqy-microhei")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_GENERATOR "DEB")
include(CPack)
