; RIS3 Desk — Windows installer (NSIS 3, Modern UI 2).
;
; Installs the PyInstaller bundle (dist\ris3desk\ from installer\ris3desk.spec) for the current user
; only, into %LOCALAPPDATA%\Programs\RIS3 Desk: no administrator rights are asked for. English and
; Italian pages, Start-menu and desktop shortcuts, an uninstaller listed in "Apps & features"
; (registry entries under HKCU). The officer's register lives in %LOCALAPPDATA%\ris3desk and is
; never touched by installing, upgrading or uninstalling.
;
;   makensis /DVERSION=0.1.0 installer\windows\ris3desk.nsi
;
; Defines (/Dname=value): VERSION (required, X.Y.Z), BUNDLE_DIR (default ..\..\dist\ris3desk),
; OUTFILE (default ..\..\dist\ris3desk-VERSION-setup.exe), APP_EXE (the windowed program the
; shortcuts start, default ris3deskw.exe), CLI_EXE (the command-line program, default ris3desk.exe),
; ICON (default ..\..\resources\icons\ris3desk.ico), COMPRESSOR (default "/SOLID lzma"; the
; compile test uses zlib to save time). This file is UTF-8 with a byte-order mark, as makensis
; needs for the Italian texts.

Unicode true

!ifndef VERSION
  !error "Give the version: makensis /DVERSION=X.Y.Z ris3desk.nsi"
!endif
!ifndef BUNDLE_DIR
  !define BUNDLE_DIR "..\..\dist\ris3desk"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\ris3desk-${VERSION}-setup.exe"
!endif
!ifndef APP_EXE
  !define APP_EXE "ris3deskw.exe"
!endif
!ifndef CLI_EXE
  !define CLI_EXE "ris3desk.exe"
!endif
!ifndef ICON
  !define ICON "..\..\resources\icons\ris3desk.ico"
!endif

!define APP_NAME "RIS3 Desk"
!define PUBLISHER "RIS3 Desk"
!define APP_KEY "Software\RIS3Desk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\RIS3Desk"
!define APP_PATHS_KEY "Software\Microsoft\Windows\CurrentVersion\App Paths\${CLI_EXE}"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"
RequestExecutionLevel user
!ifndef COMPRESSOR
  !define COMPRESSOR "/SOLID lzma"
!endif
SetCompressor ${COMPRESSOR}
ManifestDPIAware true
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "EUPL-1.2"

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
; remember the language chosen, for the uninstaller and the next upgrade
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${APP_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_WELCOMEPAGE_TEXT "$(WelcomeText)"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_TEXT "$(FinishText)"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Italian"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString WelcomeText ${LANG_ENGLISH} "This will install ${APP_NAME} ${VERSION} for you only: no administrator rights are needed.$\r$\n$\r$\nRIS3 Desk keeps the register of the region's S3 sectors, stakeholders and partnerships and prints briefing packs. Your register is kept in your own data folder and is not touched by installing, upgrading or removing the program.$\r$\n$\r$\nClick Next to continue."
LangString WelcomeText ${LANG_ITALIAN} "Verrà installato ${APP_NAME} ${VERSION} solo per te: non servono diritti di amministratore.$\r$\n$\r$\nRIS3 Desk tiene il registro dei settori S3, degli attori e dei partenariati della regione e stampa i dossier per gli incontri. Il tuo registro resta nella tua cartella dati e non viene toccato installando, aggiornando o rimuovendo il programma.$\r$\n$\r$\nFai clic su Avanti per continuare."
LangString FinishText ${LANG_ENGLISH} "${APP_NAME} is installed. Start it from the Start menu or the desktop shortcut."
LangString FinishText ${LANG_ITALIAN} "${APP_NAME} è installato. Avvialo dal menu Start o dal collegamento sul desktop."
LangString SecProgram ${LANG_ENGLISH} "RIS3 Desk (required)"
LangString SecProgram ${LANG_ITALIAN} "RIS3 Desk (obbligatorio)"
LangString SecStartMenu ${LANG_ENGLISH} "Start menu shortcut"
LangString SecStartMenu ${LANG_ITALIAN} "Collegamento nel menu Start"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktop ${LANG_ITALIAN} "Collegamento sul desktop"
LangString DataKept ${LANG_ENGLISH} "Your register and its backups in $LOCALAPPDATA\ris3desk were kept."
LangString DataKept ${LANG_ITALIAN} "Il tuo registro e le sue copie di sicurezza in $LOCALAPPDATA\ris3desk sono stati conservati."

Section "$(SecProgram)" SecProgramId
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; an upgrade replaces the whole bundle, so no file of the old version lingers
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"
  ; "ris3desk" in the Run box (Win+R) and in scripts, without touching PATH
  WriteRegStr HKCU "${APP_PATHS_KEY}" "" "$INSTDIR\${CLI_EXE}"
  WriteRegStr HKCU "${APP_PATHS_KEY}" "Path" "$INSTDIR"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "$(SecStartMenu)" SecStartMenuId
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

Section "$(SecDesktop)" SecDesktopId
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  ; only what the installer put there: the folder may have been chosen by hand
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${APP_PATHS_KEY}"
  DeleteRegKey HKCU "${APP_KEY}"
  DetailPrint "$(DataKept)"
SectionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd
