import { mountPage } from '@/components/ui/mount';
import { App } from './app';

mountPage(App);
